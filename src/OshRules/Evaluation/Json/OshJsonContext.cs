using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Evaluation.Reports;
using OshRules.Law;

namespace OshRules.Evaluation.Json;

/// <summary>
/// The source-generated System.Text.Json contracts of results, conclusions, explanations and reports: camelCase names,
/// enums as strings, dates as ISO <c>yyyy-MM-dd</c>, nullable annotations and required constructor parameters enforced.
/// Conclusions are polymorphic through the <c>[JsonDerivedType]</c> list on <see cref="IOshConclusion"/>, which also
/// brings their contracts here; types whose constructor takes other parameters than their properties mark a
/// <c>[JsonConstructor]</c> that does, so that reading always runs the validating constructor.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(OshResultDocument))]
[JsonSerializable(typeof(OrganisationReport))]
[JsonSerializable(typeof(IOshConclusion))]
[JsonSerializable(typeof(ConclusionExplanation))]
[JsonSerializable(typeof(CaseError))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(PendingAmendment))]
[JsonSerializable(typeof(ResultLineDocument))]
[JsonSerializable(typeof(RuleText))]
[JsonSerializable(typeof(ResultLinesHeader))]
[JsonSerializable(typeof(SettingsDocument))]
internal sealed partial class OshJsonContext : JsonSerializerContext;
