using OshRules.HealthExams;

namespace OshRules.Evaluation.Json;

/// <summary>JSON shape of <see cref="SpecialHazard"/>; <see cref="Code"/> is written for readers and ignored on reading.</summary>
internal sealed record SpecialHazardDocument(HazardCategory Category, HazardAgent Agent)
{
    public string? Code { get; init; }
}

/// <summary>
/// Reads and writes <see cref="SpecialHazard"/> through its validating constructor. Without it, System.Text.Json would
/// build the struct with its default constructor and silently drop the get-only category and agent.
/// </summary>
internal sealed class SpecialHazardJsonConverter : DocumentJsonConverter<SpecialHazard, SpecialHazardDocument>
{
    protected override SpecialHazardDocument ToDocument(SpecialHazard value) => new(value.Category, value.Agent) { Code = value.Code };

    protected override SpecialHazard FromDocument(SpecialHazardDocument document) => new(document.Category, document.Agent);
}
