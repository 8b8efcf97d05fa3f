using System.Collections.Immutable;
using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// The establishment's duty under 職業安全衛生設施規則 §324-1 (人因性危害預防義務): the form the measures must take and
/// how long their records are kept. Immutable and thread-safe; value equality.
/// </summary>
/// <remarks>
/// NMQ-7. §324-1 I: "…應採取下列危害預防措施，作成執行紀錄並留存三年"; II: "前項危害預防措施，事業單位勞工人數達
/// 一百人以上者，雇主應…訂定人因性危害預防計畫，並據以執行；於勞工人數未滿一百人者，得以執行紀錄或文件代替。"
/// </remarks>
public sealed record ErgonomicProgrammeDuty : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>Creates the duty; use <see cref="NmqCalculator.ProgrammeDuty"/> rather than this constructor.</summary>
    /// <param name="establishmentId">The establishment's key.</param>
    /// <param name="workerCount">Its number of workers.</param>
    /// <param name="form">The form the measures must take.</param>
    /// <param name="recordRetention">How long execution records are kept.</param>
    /// <param name="basis">The citations, at least one.</param>
    public ErgonomicProgrammeDuty(string establishmentId, int workerCount, ProgrammeForm form, CalendarPeriod recordRetention, ImmutableArray<Citation> basis)
    {
        SubjectId = Guard.NotBlank(establishmentId, "ErgonomicProgrammeDuty.SubjectId", "NMQ-7", 64);
        WorkerCount = workerCount;
        Form = Guard.Defined(form, nameof(form), "NMQ-7");
        RecordRetention = recordRetention;
        if (basis.IsDefaultOrEmpty)
        {
            throw new OshValidationException("ErgonomicProgrammeDuty.Basis", "NMQ-7", "must cite at least one source");
        }

        this.basis = new(basis);
    }

    /// <summary>Reads a duty from JSON, with the names of its properties, through the validating constructor.</summary>
    [JsonConstructor]
    internal ErgonomicProgrammeDuty(string subjectId, int workerCount, ProgrammeForm form, CalendarPeriod recordRetention, IReadOnlyList<Citation> basis)
        : this(subjectId, workerCount, form, recordRetention, [.. basis])
    {
    }

    /// <summary>The establishment's key (事業單位代號).</summary>
    public string SubjectId { get; }

    /// <summary>The number of workers the duty was decided on (勞工人數).</summary>
    public int WorkerCount { get; }

    /// <summary>The form the measures must take (書面計畫或執行紀錄).</summary>
    public ProgrammeForm Form { get; }

    /// <summary>How long execution records are kept (執行紀錄留存期間): three years.</summary>
    public CalendarPeriod RecordRetention { get; }

    /// <summary>The citations (法源依據).</summary>
    public IReadOnlyList<Citation> Basis => basis.Items;

    /// <summary>Whether a written programme is required (應訂定書面計畫).</summary>
    public bool IsWrittenProgrammeRequired => Form == ProgrammeForm.WrittenProgramme;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, WorkerCount, Form);
}
