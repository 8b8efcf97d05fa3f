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

/// <summary>A fact that prints to PDF with headless Chromium and reads it with poppler's pdftotext; skipped without them unless CI=true.</summary>
public sealed class ChromiumPdfFactAttribute : FactAttribute
{
    public ChromiumPdfFactAttribute()
    {
        if ((Chromium.Path is null || !File.Exists("/usr/bin/pdftotext")) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "chromium or pdftotext is not installed (apt-get install chromium poppler-utils); CI installs them.";
        }
    }
}

internal static class Chromium
{
    public static string? Path { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Loads a local HTML file in headless Chromium and returns the DOM after scripts (if any) ran.</summary>
    public static string DumpDom(string htmlFile) => Run(["--virtual-time-budget=3000", "--dump-dom", new Uri(htmlFile).AbsoluteUri], requireOutput: true);

    /// <summary>Prints a local HTML file to PDF as a user would (<c>chromium --headless --print-to-pdf</c>, without Chromium's own header and footer).</summary>
    public static void PrintToPdf(string htmlFile, string pdfFile) =>
        Run(["--no-pdf-header-footer", $"--print-to-pdf={pdfFile}", new Uri(htmlFile).AbsoluteUri], requireOutput: false);

    /// <summary>A screenshot of the page at the given window size.</summary>
    public static void Screenshot(string htmlFile, string pngFile, int width, int height) =>
        Run(["--hide-scrollbars", $"--window-size={width},{height}", $"--screenshot={pngFile}", new Uri(htmlFile).AbsoluteUri], requireOutput: false);

    private static string Run(string[] args, bool requireOutput)
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
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}",
            }.Concat(args))
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

            return dom.Length > 0 || !requireOutput ? dom : throw new InvalidOperationException("chromium printed no DOM: " + stderr.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
