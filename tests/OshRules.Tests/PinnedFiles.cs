namespace OshRules.Tests;

/// <summary>
/// Where the tests' pinned files (JSON documents, snapshots) live in the source tree, and whether this run rewrites them.
/// </summary>
/// <remarks>
/// The folder is found by walking up from the test assembly, not from <c>[CallerFilePath]</c> or a PDB's paths: a CI
/// build (<c>CI=true</c>, ContinuousIntegrationBuild) maps every source path to <c>/_/</c>, where no file is, and a
/// pinned comparison that looks there either fails or, worse, writes a new file and passes.
/// </remarks>
internal static class PinnedFiles
{
    /// <summary>The variable that makes a run rewrite the pinned files instead of comparing with them.</summary>
    public const string RewriteVariable = "OSHRULES_WRITE_PINNED";

    /// <summary>True when this run rewrites the pinned files (<c>OSHRULES_WRITE_PINNED=1</c>).</summary>
    public static bool Rewriting => Environment.GetEnvironmentVariable(RewriteVariable) == "1";

    /// <summary>The folder of tests/OshRules.Tests given by <paramref name="parts"/> (for instance "Evaluation", "JsonDocuments").</summary>
    public static string Folder(params string[] parts)
    {
        var relative = Path.Combine(["tests", "OshRules.Tests", .. parts]);
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{relative} was not found above the test assembly's folder.");
    }

    /// <summary>Fails unless the pinned file exists, or this run rewrites the pinned files.</summary>
    public static void AssertPinned(string path)
    {
        Assert.True(Rewriting || File.Exists(path),
            $"{Path.GetFileName(path)} is not pinned yet; run once with {RewriteVariable}=1 and review it.");
    }
}
