using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.Samples.Evaluation;
using OshRules.Samples.Roster;

namespace OshRules.Tests.Samples;

/// <summary>What is done to a roster file: where, and how.</summary>
public enum DamageKind
{
    /// <summary>The row is repeated further down (a later copy must be rejected).</summary>
    Duplicate,

    /// <summary>A quote is inserted somewhere in the row.</summary>
    StrayQuote,

    /// <summary>A span of the row's bytes is cut out.</summary>
    Cut,

    /// <summary>A byte that is neither UTF-8 nor Big5 text is inserted.</summary>
    InvalidByte,

    /// <summary>The row is written in Big5 in a UTF-8 file (mixed encodings): it must still read the same.</summary>
    Big5,

    /// <summary>The row ends with CRLF in an LF file: it must still read the same.</summary>
    CrLf,

    /// <summary>A blank line is inserted after the row: not a data row.</summary>
    BlankLine,
}

/// <summary>One damage: its kind, the row (index into the file's rows), and a position and length as fractions of the row.</summary>
public sealed record Damage(DamageKind Kind, int Row, double At, double Length);

/// <summary>A roster of consecutive rows of the bundled roster, some damages, and maybe a cut of the file's tail.</summary>
public sealed record HostileRoster(int First, int Count, Damage[] Damages, double? TruncateAt)
{
    public override string ToString() =>
        $"rows {First}..{First + Count - 1}, damages [{string.Join("; ", Damages.Select(d => $"{d.Kind}@{d.Row}:{d.At:0.00}+{d.Length:0.00}"))}], truncate {TruncateAt?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}

public static class HostileRosterArbitraries
{
    public static Arbitrary<HostileRoster> Rosters() =>
        (from count in Gen.Choose(3, 40)
         from first in Gen.Choose(0, 300 - count)
         from damages in Gen.ArrayOf(
             from kind in Gen.Elements(Enum.GetValues<DamageKind>())
             from row in Gen.Choose(0, count - 1)
             from at in Gen.Choose(0, 1000).Select(i => i / 1000.0)
             from length in Gen.Choose(1, 200).Select(i => i / 1000.0)
             select new Damage(kind, row, at, length)).Resize(8)
         from truncate in Gen.Frequency((4, Gen.Constant((double?)null)), (1, Gen.Choose(500, 999).Select(i => (double?)(i / 1000.0))))
         select new HostileRoster(first, count, damages, truncate)).ToArbitrary();
}

/// <summary>
/// Whole hostile files, not only hostile values. Rows of the bundled roster are duplicated, cut, given stray
/// quotes and invalid bytes, written in Big5 inside a UTF-8 file, ended with CRLF, separated by blank lines and cut off
/// at the end. Whatever is done: every line holding data is a data row, rows in = rows evaluated + rows rejected, and
/// every row left intact is evaluated exactly as in a clean run of the same rows.
/// </summary>
public sealed class HostileRosterFileProperties
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private static readonly Lazy<string[]> BundledLines = new(() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv"), Encoding.UTF8));

    // The clean run: every bundled row's result as the library's JSON, by worker id.
    private static readonly Lazy<Dictionary<string, string>> Clean = new(() =>
    {
        using var reader = RosterReader.Open(Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv"));
        return RosterPipeline.Evaluate(reader.Records(), AsOf, OshRuleSet.CreateDefault())
            .ToDictionary(r => r.WorkerId!, r => OshJson.Serialize(r.Result), StringComparer.Ordinal);
    });

    static HostileRosterFileProperties() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Property(MaxTest = 60, Arbitrary = new[] { typeof(HostileRosterArbitraries) })]
    public void Rows_in_equal_rows_evaluated_plus_rejected_and_intact_rows_match_a_clean_run(HostileRoster hostile)
    {
        var (bytes, lines, intact, repeats) = Build(hostile);
        using var reader = RosterReader.Open(bytes);
        var rows = RosterPipeline.Evaluate(reader.Records(), AsOf, OshRuleSet.CreateDefault()).ToList();

        // Rows in: every non-blank line after the header (the bundled roster has no multi-line cells, so one line is one row).
        Assert.Equal(lines, reader.DataRows);
        Assert.Equal(reader.DataRows, rows.Count);
        Assert.Equal(rows.Count, rows.Count(r => r.IsEvaluated) + rows.Count(r => !r.IsEvaluated));
        Assert.All(rows.Where(r => !r.IsEvaluated), r => Assert.True(r.Rejection!.Line >= 2 && r.Rejection.Column.Length > 0 && r.Rejection.Reason.En.Length > 0));

        var byId = rows.Where(r => r.WorkerId is not null).GroupBy(r => r.WorkerId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var id in intact)
        {
            Assert.True(byId.TryGetValue(id, out var row), $"intact row {id} is missing");
            Assert.True(row!.IsEvaluated, $"intact row {id} was rejected: {row.Rejection}");
            Assert.Equal(Clean.Value[id], OshJson.Serialize(row.Result));
        }

        foreach (var id in repeats)
        {
            var copies = rows.Where(r => r.WorkerId == id).ToList();
            Assert.All(copies.Skip(1), r => Assert.Equal("worker_id", r.Rejection?.Column));
        }
    }

    /// <summary>The file's bytes, its count of data lines, the ids of the rows left intact and of the rows repeated intact.</summary>
    private static (byte[] Bytes, int DataLines, List<string> Intact, List<string> Repeats) Build(HostileRoster hostile)
    {
        var source = BundledLines.Value;
        var rows = Enumerable.Range(hostile.First + 1, hostile.Count).Select(i => new RowBytes(IdOf(source[i]), Utf8(source[i]))).ToList();
        var damaged = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        // Stray quotes go in last, each before a byte that is not a comma: no quote in the file can then close a quoted
        // cell, so a quote never joins two lines into one record (which would be a legitimate multi-line cell).
        foreach (var d in hostile.Damages.OrderBy(d => d.Kind == DamageKind.StrayQuote))
        {
            var row = rows[Math.Min(d.Row, rows.Count - 1)];
            var at = (int)(d.At * row.Content.Count);
            switch (d.Kind)
            {
                case DamageKind.Duplicate:
                    rows.Add(row with { Copy = true, Content = [.. row.Content] });
                    repeated.Add(row.Id);
                    break;
                case DamageKind.StrayQuote:
                    while (at < row.Content.Count && row.Content[at] == (byte)',')
                    {
                        at++;
                    }

                    if (at < row.Content.Count)
                    {
                        row.Content.Insert(at, (byte)'"');
                        damaged.Add(row.Id);
                    }

                    break;
                case DamageKind.Cut:
                    // After the id cell: a shortened id could be another worker's and make that worker's row a repeat.
                    at = Math.Max(at, row.Content.IndexOf((byte)',') + 1);
                    if (at < row.Content.Count)
                    {
                        row.Content.RemoveRange(at, Math.Max(1, Math.Min(row.Content.Count - at, (int)(d.Length * row.Content.Count))));
                        damaged.Add(row.Id);
                    }

                    break;
                case DamageKind.InvalidByte:
                    row.Content.Insert(at, 0xFF);
                    damaged.Add(row.Id);
                    break;
                case DamageKind.Big5 when !damaged.Contains(row.Id):
                    var text = Encoding.UTF8.GetString([.. row.Content]);
                    row.Content.Clear();
                    row.Content.AddRange(Encoding.GetEncoding(950).GetBytes(text));
                    break;
                case DamageKind.CrLf:
                    row.CrLf = true;
                    break;
                case DamageKind.BlankLine:
                    row.BlankAfter = true;
                    break;
            }
        }

        var bytes = new List<byte>(Utf8(source[0] + "\n"));
        var starts = new List<(int Offset, RowBytes Row)>();
        foreach (var row in rows)
        {
            starts.Add((bytes.Count, row));
            bytes.AddRange(row.Content);
            bytes.AddRange(row.CrLf ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
            if (row.BlankAfter)
            {
                bytes.AddRange("\n"u8.ToArray());
            }
        }

        var kept = rows;
        if (hostile.TruncateAt is { } fraction)
        {
            var headerLength = Utf8(source[0] + "\n").Length;
            var cut = headerLength + (int)((bytes.Count - headerLength) * fraction);
            if (bytes[cut - 1] == (byte)'"')
            {
                cut--; // a quote at the very end would close a quoted cell
            }

            bytes.RemoveRange(cut, bytes.Count - cut);
            kept = starts.Where(s => s.Offset < cut).Select(s => s.Row).ToList();
            if (starts.LastOrDefault(s => s.Offset < cut) is { Row: not null } last && last.Offset + last.Row.Content.Count > cut)
            {
                damaged.Add(last.Row.Id); // the cut falls inside that row
            }
        }

        // A row damaged to blanks, or cut to nothing, is no data line.
        var dataLines = kept.Count(r => r.Content.Any(b => b is not ((byte)',' or (byte)' ')));
        var intact = kept.Where(r => !r.Copy && !damaged.Contains(r.Id)).Select(r => r.Id).Distinct().ToList();
        var repeats = repeated.Where(id => !damaged.Contains(id) && kept.Count(r => r.Id == id) > 1).Distinct().ToList();
        return ([.. bytes], dataLines, intact, repeats);
    }

    private static string IdOf(string line) => line[..line.IndexOf(',', StringComparison.Ordinal)];

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    private sealed record RowBytes(string Id, List<byte> Content)
    {
        public RowBytes(string id, byte[] content)
            : this(id, content.ToList())
        {
        }

        public bool Copy { get; init; }

        public bool CrLf { get; set; }

        public bool BlankAfter { get; set; }
    }
}
