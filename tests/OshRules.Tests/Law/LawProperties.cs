using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Law;

namespace OshRules.Tests.Legal;

public sealed class LawProperties
{
    [Property(MaxTest = 500, Arbitrary = [typeof(LawArbitraries)])]
    public bool Pending_amendments_equal_by_value_hash_alike_and_differ_by_day_or_text(DateOnly day, NonNull<string> text, bool sameDay, bool sameText)
    {
        var a = new PendingAmendment(day, text.Get);
        // A copy built from new instances, so that equality and the hash cannot lean on references.
        var b = new PendingAmendment(sameDay ? day : day.AddDays(1), sameText ? new string(text.Get.AsSpan()) : text.Get + "x");

        var equal = a.Equals(b);
        return equal == (sameDay && sameText) && (!equal || a.GetHashCode() == b.GetHashCode());
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(LawArbitraries)])]
    public bool Age_never_decreases_as_the_date_advances(DateOnly birth, int offsetDays, int stepDays)
    {
        var d1 = birth.AddDays(Math.Abs(offsetDays % 40000));
        var d2 = d1.AddDays(Math.Abs(stepDays % 4000));
        return CivilCode.AgeOn(birth, d2) >= CivilCode.AgeOn(birth, d1);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(LawArbitraries)])]
    public bool Age_goes_up_by_one_exactly_on_each_legal_anniversary(DateOnly birth, int spanDays)
    {
        // Walk a stretch of days: the age changes only on DayReachingAge, and then by exactly one.
        var start = birth.AddDays(Math.Abs(spanDays % 30000));
        var previous = CivilCode.AgeOn(birth, start);
        for (var d = start.AddDays(1); d <= start.AddDays(800); d = d.AddDays(1))
        {
            var age = CivilCode.AgeOn(birth, d);
            var isAnniversary = d == CivilCode.DayReachingAge(birth, age);
            if (age != previous && !(age == previous + 1 && isAnniversary))
            {
                return false;
            }

            if (age == previous && isAnniversary)
            {
                return false;
            }

            previous = age;
        }

        return true;
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(LawArbitraries)])]
    public bool ROC_format_and_parse_round_trip(DateOnly date, RocDateStyle style)
    {
        // The generator yields dates from 1912-01-01 (ROC year 1) on.
        var text = RocDate.Format(date, style);
        return RocDate.Parse(text, out var found) == date && found == style;
    }
}

public static class LawArbitraries
{
    public static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(0, 365 * 200).Select(d => new DateOnly(1912, 1, 1).AddDays(d)).ToArbitrary();

    public static Arbitrary<RocDateStyle> Styles() => Gen.Elements(RocDateStyle.Dotted, RocDateStyle.Slashed, RocDateStyle.Chinese).ToArbitrary();
}
