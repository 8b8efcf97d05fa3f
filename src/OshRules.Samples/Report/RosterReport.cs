using OshRules.Common;
using OshRules.Samples.Evaluation;
using OshRules.Samples.Roster;

namespace OshRules.Samples.Report;

/// <summary>
/// What the console summary and the HTML report show, gathered row by row as the results stream in: counts, the four
/// programmes' aggregates, bounded lists (the first <see cref="ListLength"/> in their order, with how many in all),
/// the notices of amendments, and a count of any conclusion no section shows. Its size does not grow with the roster.
/// </summary>
/// <remarks>
/// A new kind of conclusion is shown by claiming it in the section of its programme (and answering it in
/// <c>ConclusionAnswers</c> for <c>--explain</c>); until then it is counted under <see cref="OtherConclusions"/>, never dropped.
/// </remarks>
internal sealed class RosterReport
{
    /// <summary>How many entries each list keeps (the HTML shows them all, the console the first 25).</summary>
    public const int ListLength = 100;

    private static readonly IComparer<RosterError> ByLine = Comparer<RosterError>.Create((a, b) => a.Line.CompareTo(b.Line));

    public RosterReport(DateOnly asOf)
    {
        AsOf = asOf;
        Exams = new ExamsSection(asOf, ListLength);
        Ergonomics = new ErgonomicsSection(ListLength);
        Maternal = new MaternalSection(asOf, ListLength);
        Training = new TrainingSection(asOf, ListLength);
    }

    public DateOnly AsOf { get; }

    public int Evaluated { get; private set; }

    public int Rejected => Rejections.Total;

    public int Rows => Evaluated + Rejected;

    /// <summary>The first rejected rows, by line.</summary>
    public BoundedList<RosterError> Rejections { get; } = new(ListLength, ByLine);

    public ExamsSection Exams { get; }

    public ErgonomicsSection Ergonomics { get; }

    public MaternalSection Maternal { get; }

    public TrainingSection Training { get; }

    public NoticeTally Notices { get; } = new();

    /// <summary>Conclusions of a type no section claims, by type.</summary>
    public Dictionary<Type, int> OtherConclusions { get; } = [];

    public void Add(RowOutcome outcome)
    {
        if (outcome.Rejection is { } rejection)
        {
            Rejections.Add(rejection);
            return;
        }

        Evaluated++;
        var row = RowRef.Of(outcome);
        foreach (var c in outcome.Result.Conclusions)
        {
            Notices.Add(c);
            if (!Claim(c, row))
            {
                OtherConclusions[c.GetType()] = OtherConclusions.GetValueOrDefault(c.GetType()) + 1;
            }
        }

        Ergonomics.EndRow(outcome);
        Maternal.EndRow(outcome);
        Training.EndRow(row);
    }

    private bool Claim(IOshConclusion c, RowRef row) =>
        Exams.Claim(c, row) || Ergonomics.Claim(c, row) || Maternal.Claim(c, row) || Training.Claim(c, row);
}
