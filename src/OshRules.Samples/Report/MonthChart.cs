namespace OshRules.Samples.Report;

/// <summary>
/// Counts of dated items per month for the twelve months from the evaluation date's month, one series per key (e.g.
/// per exam kind), with the overdue ones and those due later than the twelve months counted apart.
/// </summary>
internal sealed class MonthChart<TKey>
    where TKey : notnull
{
    public const int Months = 12;

    private readonly Dictionary<TKey, int> seriesIndex;
    private readonly int[,] counts;

    private readonly DateOnly asOf;

    public MonthChart(DateOnly asOf, IReadOnlyList<TKey> series)
    {
        this.asOf = asOf;
        Series = series;
        FirstMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        seriesIndex = series.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        counts = new int[series.Count, Months + 2];
    }

    public IReadOnlyList<TKey> Series { get; }

    /// <summary>The first day of the first month charted.</summary>
    public DateOnly FirstMonth { get; }

    /// <summary>The first day of month <paramref name="index"/> (0 to 11).</summary>
    public DateOnly Month(int index) => FirstMonth.AddMonths(index);

    /// <summary>Counts an item due on <paramref name="due"/>; one dated before the evaluation date and not overdue (an obligation already met) is not due at all.</summary>
    public void Add(TKey key, DateOnly due, bool overdue)
    {
        if (!overdue && due < asOf)
        {
            return;
        }

        var s = seriesIndex[key];
        var month = ((due.Year - FirstMonth.Year) * 12) + due.Month - FirstMonth.Month;
        var column = overdue ? 0 : month >= Months ? Months + 1 : month + 1;
        counts[s, column]++;
    }

    public int Overdue(TKey key) => counts[seriesIndex[key], 0];

    /// <summary>Items of <paramref name="key"/> due in month <paramref name="index"/> (0 to 11).</summary>
    public int InMonth(TKey key, int index) => counts[seriesIndex[key], index + 1];

    public int Later(TKey key) => counts[seriesIndex[key], Months + 1];

    public int MonthTotal(int index) => Series.Sum(k => InMonth(k, index));

    public int OverdueTotal => Series.Sum(Overdue);

    public int LaterTotal => Series.Sum(Later);
}
