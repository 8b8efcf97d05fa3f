using System.Text;

namespace OshRules.Samples.Output;

/// <summary>
/// An output file opened before the evaluation starts, so a path that cannot be written is found at once. It is written
/// under a temporary name beside the target and takes the target's name only when complete: a run that fails leaves
/// no half-written report behind.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string temporary;
    private bool committed;

    private OutputFile(string option, string path, string temporary, StreamWriter writer)
    {
        Option = option;
        Path = path;
        this.temporary = temporary;
        Writer = writer;
        Bytes = writer.BaseStream;
    }

    /// <summary>The option that named the file (<c>--json</c>, …).</summary>
    public string Option { get; }

    public string Path { get; }

    public TextWriter Writer { get; }

    /// <summary>The file's bytes, for an output that writes UTF-8 itself (nothing is then written through <see cref="Writer"/>).</summary>
    public Stream Bytes { get; }

    /// <summary>Opens the output of <paramref name="option"/>.</summary>
    /// <exception cref="IOException">The folder does not exist or the file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static OutputFile Open(string option, string path, Encoding encoding)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(directory);
        }

        if (Directory.Exists(full))
        {
            throw new IOException("it is a folder");
        }

        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new OutputFile(option, full, temporary, new StreamWriter(stream, encoding, 1 << 16));
    }

    /// <summary>Finishes the file and gives it its name.</summary>
    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(temporary, Path, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        Writer.Dispose();
        File.Delete(temporary);
    }
}
