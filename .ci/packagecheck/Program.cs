// Checks each package of a folder as NuGet users and debuggers see it:
//   nuspec: repository (git, the canonical URL, the commit built), project URL, licence, icon (a PNG in the package),
//           readme (in the package, the package's own), release notes (the CHANGELOG section of its version only);
//   snupkg: a portable PDB per assembly, matching the assembly, whose documents are all covered by source links into
//           the canonical repository at that commit (or embedded), built deterministically with mapped paths.
// Usage: PackageCheck <packages folder> <repository root> <canonical url> <commit> <package id>...
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

if (args.Length < 5)
{
    Console.Error.WriteLine("usage: PackageCheck <packages folder> <repository root> <canonical url> <commit> <package id>...");
    return 2;
}

var (folder, repo, url, commit) = (args[0], args[1], args[2].TrimEnd('/'), args[3]);
var problems = new List<string>();
var readmes = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var id in args[4..])
{
    var nupkg = Directory.GetFiles(folder, $"{id}.*.nupkg").SingleOrDefault(p => Regex.IsMatch(Path.GetFileName(p), $@"^{Regex.Escape(id)}\.\d[^/]*(?<!\.symbols)\.nupkg$"));
    if (nupkg is null)
    {
        problems.Add($"{id}: no .nupkg in {folder}");
        continue;
    }

    var version = Path.GetFileName(nupkg)[(id.Length + 1)..^".nupkg".Length];
    using var package = ZipFile.OpenRead(nupkg);
    var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName == $"{id}.nuspec").Open());
    var ns = nuspec.Root!.Name.Namespace;
    var meta = nuspec.Root.Element(ns + "metadata")!;
    string? Meta(string name) => meta.Element(ns + name)?.Value;
    void Expect(bool ok, string what)
    {
        if (!ok)
        {
            problems.Add($"{id} {version}: {what}");
        }
    }

    var repository = meta.Element(ns + "repository");
    Expect(repository?.Attribute("type")?.Value == "git", "repository type is not git");
    Expect(repository?.Attribute("url")?.Value == url, $"repository url is '{repository?.Attribute("url")?.Value}', not {url}");
    Expect(repository?.Attribute("commit")?.Value == commit, $"repository commit is '{repository?.Attribute("commit")?.Value}', not the commit built ({commit})");
    Expect(Meta("projectUrl") == url, "projectUrl is not the repository");
    Expect(meta.Element(ns + "license")?.Value == "MIT", "licence expression is not MIT");

    var icon = Meta("icon");
    var iconEntry = icon is null ? null : package.GetEntry(icon);
    Expect(iconEntry is not null && IsPng(iconEntry), $"icon '{icon}' is not a PNG in the package");

    var readme = Meta("readme");
    var readmeEntry = readme is null ? null : package.GetEntry(readme);
    var readmeText = readmeEntry is null ? "" : new StreamReader(readmeEntry.Open()).ReadToEnd();
    Expect(readmeText.Trim().Length > 0, $"readme '{readme}' is missing or empty");
    Expect(!readmeText.Contains("repo-only", StringComparison.Ordinal), "readme keeps a repo-only part");
    foreach (var (other, text) in readmes)
    {
        Expect(text != readmeText, $"readme is the same as {other}'s: each package needs its own");
    }

    readmes[id] = readmeText;

    var notes = (Meta("releaseNotes") ?? "").ReplaceLineEndings("\n").Trim();
    var section = ChangelogSection(Path.Combine(repo, "CHANGELOG.md"), version);
    Expect(section is not null, $"CHANGELOG.md has no section for {version}");
    Expect(notes.Length > 0 && notes == section, "release notes are not exactly the CHANGELOG section of this version");
    Expect(!notes.Contains("Unreleased", StringComparison.OrdinalIgnoreCase) && !notes.Contains("## [", StringComparison.Ordinal), "release notes hold another section of the CHANGELOG");

    var dll = package.Entries.SingleOrDefault(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.Name == $"{id}.dll");
    Expect(dll is not null, "no lib assembly");
    var snupkg = Path.ChangeExtension(nupkg, ".snupkg");
    Expect(File.Exists(snupkg), "no .snupkg beside the package");
    if (dll is null || !File.Exists(snupkg))
    {
        continue;
    }

    using var symbols = ZipFile.OpenRead(snupkg);
    var pdb = symbols.GetEntry(Path.ChangeExtension(dll.FullName, ".pdb"));
    Expect(pdb is not null, $"the symbols package has no {Path.ChangeExtension(dll.FullName, ".pdb")}");
    if (pdb is not null)
    {
        foreach (var problem in CheckSymbols(Read(dll), Read(pdb), url, commit))
        {
            problems.Add($"{id} {version}: {problem}");
        }
    }

    Console.WriteLine($"packagecheck: {id} {version}: nuspec and symbols checked");
}

foreach (var p in problems)
{
    Console.Error.WriteLine($"packagecheck: {p}");
}

return problems.Count == 0 ? 0 : 1;

static byte[] Read(ZipArchiveEntry entry)
{
    using var s = entry.Open();
    using var m = new MemoryStream();
    s.CopyTo(m);
    return m.ToArray();
}

static bool IsPng(ZipArchiveEntry entry) => Read(entry).AsSpan().StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

static string? ChangelogSection(string path, string version)
{
    var text = File.ReadAllText(path).ReplaceLineEndings("\n");
    var m = Regex.Match(text, $@"^## \[{Regex.Escape(version)}\][^\n]*\n(.*?)(?=^## \[|\z)", RegexOptions.Multiline | RegexOptions.Singleline);
    return m.Success ? m.Groups[1].Value.Trim() : null;
}

static IEnumerable<string> CheckSymbols(byte[] assembly, byte[] pdbBytes, string url, string commit)
{
    var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    using var pe = new PEReader(new MemoryStream(assembly));
    var debug = pe.ReadDebugDirectory();
    if (!debug.Any(e => e.Type == DebugDirectoryEntryType.Reproducible))
    {
        yield return "the assembly was not built deterministically (no Reproducible debug entry)";
    }

    var codeView = debug.FirstOrDefault(e => e.Type == DebugDirectoryEntryType.CodeView);
    using var provider = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(pdbBytes));
    var reader = provider.GetMetadataReader();
    var pdbId = new BlobContentId(reader.DebugMetadataHeader!.Id);
    if (codeView.Type != DebugDirectoryEntryType.CodeView || pe.ReadCodeViewDebugDirectoryData(codeView).Guid != pdbId.Guid)
    {
        yield return "the symbols do not belong to the packed assembly (PDB id differs)";
    }

    var links = reader.CustomDebugInformation
        .Select(reader.GetCustomDebugInformation)
        .Where(c => c.Parent.Kind == HandleKind.ModuleDefinition && reader.GetGuid(c.Kind) == sourceLinkKind)
        .Select(c => reader.GetBlobBytes(c.Value))
        .SingleOrDefault();
    if (links is null)
    {
        yield return "the PDB has no source link";
        yield break;
    }

    var map = JsonDocument.Parse(links).RootElement.GetProperty("documents").EnumerateObject()
        .Select(p => (Path: p.Name, Url: p.Value.GetString() ?? "")).ToList();
    var prefix = url.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/" + commit + "/";
    foreach (var (path, link) in map.Where(m => !m.Url.StartsWith(prefix, StringComparison.Ordinal)))
    {
        yield return $"source link {path} -> {link} does not point into {prefix}";
    }

    if (!map.Any(m => m.Path == "/_/*"))
    {
        yield return "source paths are not mapped (/_/): pack with ContinuousIntegrationBuild=true";
    }

    var embedded = reader.CustomDebugInformation
        .Select(reader.GetCustomDebugInformation)
        .Where(c => c.Parent.Kind == HandleKind.Document && reader.GetGuid(c.Kind) == embeddedSourceKind)
        .Select(c => (DocumentHandle)c.Parent)
        .ToHashSet();
    var linked = 0;
    foreach (var handle in reader.Documents)
    {
        var name = reader.GetString(reader.GetDocument(handle).Name);
        if (map.Any(m => m.Path.EndsWith('*') ? name.StartsWith(m.Path[..^1], StringComparison.Ordinal) : name == m.Path))
        {
            linked++;
        }
        else if (!embedded.Contains(handle))
        {
            yield return $"document {name} is neither source-linked nor embedded";
        }
    }

    if (linked == 0)
    {
        yield return "no document is source-linked";
    }
}
