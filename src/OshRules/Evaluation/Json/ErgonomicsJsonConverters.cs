using System.Collections.Immutable;
using OshRules.Ergonomics;
using OshRules.Law;

namespace OshRules.Evaluation.Json;

/// <summary>JSON shape of <see cref="NmqGrade"/>; <see cref="NeedsImprovement"/> is written for readers and ignored on reading.</summary>
internal sealed record NmqGradeDocument(
    string SubjectId,
    NmqGradeLevel Level,
    NmqFindings Findings,
    NmqActions Actions,
    ImmutableArray<BodyRegion> RegionsAtRisk,
    ImmutableArray<Citation> Basis)
{
    public bool? NeedsImprovement { get; init; }
}

/// <summary>JSON shape of <see cref="ImprovementTask"/>.</summary>
internal sealed record ImprovementTaskDocument(string SubjectId, ImprovementStage Stage, NmqGradeLevel Level, ImmutableArray<Citation> Basis);

/// <summary>JSON shape of <see cref="ErgonomicProgrammeDuty"/>; <see cref="IsWrittenProgrammeRequired"/> is ignored on reading.</summary>
internal sealed record ErgonomicProgrammeDutyDocument(
    string SubjectId,
    int WorkerCount,
    ProgrammeForm Form,
    CalendarPeriod RecordRetention,
    ImmutableArray<Citation> Basis)
{
    public bool? IsWrittenProgrammeRequired { get; init; }
}

/// <summary>Reads and writes <see cref="NmqGrade"/> through its validating constructor.</summary>
internal sealed class NmqGradeJsonConverter : DocumentJsonConverter<NmqGrade, NmqGradeDocument>
{
    protected override NmqGradeDocument ToDocument(NmqGrade value) =>
        new(value.SubjectId, value.Level, value.Findings, value.Actions, value.RegionsAtRisk, [.. value.Basis]) { NeedsImprovement = value.NeedsImprovement };

    protected override NmqGrade FromDocument(NmqGradeDocument document) =>
        new(document.SubjectId, document.Level, document.Findings, document.Actions, document.RegionsAtRisk, document.Basis);
}

/// <summary>Reads and writes <see cref="ImprovementTask"/> through its validating constructor.</summary>
internal sealed class ImprovementTaskJsonConverter : DocumentJsonConverter<ImprovementTask, ImprovementTaskDocument>
{
    protected override ImprovementTaskDocument ToDocument(ImprovementTask value) =>
        new(value.SubjectId, value.Stage, value.Level, [.. value.Basis]);

    protected override ImprovementTask FromDocument(ImprovementTaskDocument document) =>
        new(document.SubjectId, document.Stage, document.Level, document.Basis);
}

/// <summary>Reads and writes <see cref="ErgonomicProgrammeDuty"/> through its validating constructor.</summary>
internal sealed class ErgonomicProgrammeDutyJsonConverter : DocumentJsonConverter<ErgonomicProgrammeDuty, ErgonomicProgrammeDutyDocument>
{
    protected override ErgonomicProgrammeDutyDocument ToDocument(ErgonomicProgrammeDuty value) =>
        new(value.SubjectId, value.WorkerCount, value.Form, value.RecordRetention, [.. value.Basis]) { IsWrittenProgrammeRequired = value.IsWrittenProgrammeRequired };

    protected override ErgonomicProgrammeDuty FromDocument(ErgonomicProgrammeDutyDocument document) =>
        new(document.SubjectId, document.WorkerCount, document.Form, document.RecordRetention, document.Basis);
}
