namespace OshRules.Samples.Report;

/// <summary>
/// Counts per unit (單位) in <see cref="Width"/> categories, for at most <see cref="MaxUnits"/> units; the units met
/// after those are counted together under <see cref="Others"/>, so a roster with a million distinct units stays small.
/// </summary>
internal sealed class UnitTally(int width)
{
    public const int MaxUnits = 24;

    private readonly Dictionary<string, int[]> units = new(StringComparer.Ordinal);

    public int Width { get; } = width;

    /// <summary>The units met beyond <see cref="MaxUnits"/>, and rows without a unit, together.</summary>
    public int[] Others { get; } = new int[width];

    public void Add(string? unit, int category)
    {
        if (unit is null)
        {
            Others[category]++;
            return;
        }

        if (!units.TryGetValue(unit, out var counts))
        {
            if (units.Count >= MaxUnits)
            {
                Others[category]++;
                return;
            }

            units[unit] = counts = new int[Width];
        }

        counts[category]++;
    }

    /// <summary>The units by name (ordinal), then the others when there are any.</summary>
    public IReadOnlyList<(string? Unit, int[] Counts)> Rows()
    {
        var rows = units.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => ((string?)u.Key, u.Value)).ToList();
        if (Others.Any(c => c > 0))
        {
            rows.Add((null, Others));
        }

        return rows;
    }
}
