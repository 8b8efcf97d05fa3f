namespace OshRules.Tests.Samples;

/// <summary>
/// A fact that needs Debian's headless Chromium. Skipped on a developer machine without it; under CI (CI=true, where
/// .ci/prepare installs it) it always runs, so a missing browser fails instead of silently skipping.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "chromium is not installed (apt-get install chromium); CI installs it.";
        }
    }
}

internal static class Chromium
{
    public static string? Path { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Loads a local HTML file in headless Chromium and returns the DOM after scripts (if any) ran.</summary>
    public static string DumpDom(string htmlFile)
    {
        var profile = Directory.CreateTempSubdirectory("oshrules-chromium-");
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--virtual-time-budget=2000", $"--user-data-dir={profile.FullName}",
                "--dump-dom", new Uri(htmlFile).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 60 s");
            }

            return dom.Length > 0 ? dom : throw new InvalidOperationException("chromium printed no DOM: " + stderr.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
