using System.Collections.Immutable;

namespace OshRules.Law;

/// <summary>
/// A legal threshold or interval as a dated series (法定參數): each value with the date it took effect and its
/// citation, the day the series was last checked against the law, and any known amendment not yet encoded.
/// Immutable and thread-safe when <typeparamref name="T"/> is.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class DatedParameter<T>
{
    // The answers At gives, made once: for each dated value, unflagged and (when an amendment is pending) flagged. Rules
    // read parameters for every worker; an answer depends on the value chosen and the flag only.
    private readonly ParameterValue<T>[] answers;
    private readonly ParameterValue<T>[]? flaggedAnswers;

    /// <summary>Creates a parameter from its dated values.</summary>
    /// <param name="name">A stable name, e.g. <c>HealthExam.IntervalAge65OrOver</c>.</param>
    /// <param name="checkedOn">The day the values were last checked against the law.</param>
    /// <param name="values">The values; at least one, effective dates all different.</param>
    /// <param name="pending">A known amendment not yet encoded, if any.</param>
    public DatedParameter(string name, DateOnly checkedOn, IEnumerable<DatedValue<T>> values, PendingAmendment? pending = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.OrderBy(v => v.EffectiveFrom).ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A dated parameter needs at least one value.", nameof(values));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].EffectiveFrom == sorted[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Two values of {name} take effect on the same day.", nameof(values));
            }
        }

        if (pending is not null && pending.EffectiveFrom <= sorted[^1].EffectiveFrom)
        {
            throw new ArgumentException($"The pending amendment of {name} must take effect after its last encoded value.", nameof(pending));
        }

        Name = name;
        CheckedOn = checkedOn;
        Values = sorted;
        Pending = pending;
        answers = [.. sorted.Select(v => new ParameterValue<T>(name, v.Value, v.Citation, v.EffectiveFrom, null))];
        flaggedAnswers = pending is null ? null : [.. sorted.Select(v => new ParameterValue<T>(name, v.Value, v.Citation, v.EffectiveFrom, pending))];
    }

    /// <summary>Creates a parameter with a single value.</summary>
    /// <param name="name">A stable name.</param>
    /// <param name="checkedOn">The day the value was last checked.</param>
    /// <param name="value">The value.</param>
    /// <param name="pending">A known amendment not yet encoded, if any.</param>
    public DatedParameter(string name, DateOnly checkedOn, DatedValue<T> value, PendingAmendment? pending = null)
        : this(name, checkedOn, [value], pending)
    {
    }

    /// <summary>The parameter's stable name.</summary>
    public string Name { get; }

    /// <summary>The day the values were last checked against the law.</summary>
    public DateOnly CheckedOn { get; }

    /// <summary>The dated values, earliest first.</summary>
    public ImmutableArray<DatedValue<T>> Values { get; }

    /// <summary>A known amendment not yet encoded, if any.</summary>
    public PendingAmendment? Pending { get; }

    /// <summary>The first day any value applies.</summary>
    public DateOnly FirstEffective => Values[0].EffectiveFrom;

    /// <summary>The value in force on <paramref name="date"/>.</summary>
    /// <param name="date">The evaluation date.</param>
    /// <returns>The value with its citation; flagged when the date is past a pending amendment.</returns>
    /// <exception cref="OshValidationException">The date is before the first effective date or outside the supported range.</exception>
    public ParameterValue<T> At(DateOnly date)
    {
        Guard.Plausible(date, "date", Name);
        if (date < Values[0].EffectiveFrom)
        {
            throw new OshValidationException("date", Name, $"no value is in force before {Values[0].EffectiveFrom:yyyy-MM-dd}");
        }

        var chosen = 0;
        while (chosen + 1 < Values.Length && Values[chosen + 1].EffectiveFrom <= date)
        {
            chosen++;
        }

        return flaggedAnswers is not null && date >= Pending!.EffectiveFrom ? flaggedAnswers[chosen] : answers[chosen];
    }

    /// <summary>The value in force on <paramref name="date"/>, without its citation.</summary>
    /// <param name="date">The evaluation date.</param>
    /// <returns>The value.</returns>
    public T ValueAt(DateOnly date) => At(date).Value;
}
