using System.Text.Json;
using System.Text.Json.Nodes;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.Evaluation.Reports;
using OshRules.Law;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// The JSON documents, pinned: every result of <see cref="OshJsonTestData"/> and the organisation report built from them
/// must serialize to exactly the files under Evaluation/JsonDocuments. A change of a field name, a discriminator, a
/// number's or a date's format, or of what is left out, fails here; such a change needs a new document version that
/// still reads the old one. Set OSHRULES_WRITE_PINNED=1 to rewrite the files after a deliberate change.
/// </summary>
/// <remarks>
/// The order in which the rules produce a case's conclusions is the engine's, not the document's: the pinned form lists
/// a result's conclusions, explanations (each with the conclusion it explains instead of its index) and pending
/// amendments sorted, a maternal assessment's findings and citations sorted, and the report's lists sorted. Everything else is
/// compared as written.
/// </remarks>
public sealed class OshJsonDocumentTests
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = OshJson.Options.Encoder };

    public static TheoryData<string> CaseIds() => [.. OshJsonTestData.Cases().Select(c => c.CaseId)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void A_result_serializes_to_its_pinned_document(string caseId)
    {
        var result = OshJsonTestData.Results().Single(r => r.CaseId == caseId);

        Pinned($"result-{caseId}.json", CanonicalResult(OshJson.Serialize(result)));
    }

    [Fact]
    public void A_result_with_an_error_serializes_to_its_pinned_document()
    {
        var failed = OshRuleSet.CreateDefault().EvaluateMany(
            EvaluationFixtures.AsOf,
            [OshCase.Invalid("bad", new OshValidationException("Worker.BirthDate", "worker identity", "must not be after the hire date"))]).Single();

        Pinned("result-error.json", CanonicalResult(OshJson.Serialize(failed)));
    }

    [Fact]
    public void The_organisation_report_serializes_to_its_pinned_document()
    {
        var builder = new OrganisationReportBuilder(EvaluationFixtures.AsOf) { OnBusinessTrip = 2 };
        foreach (var r in OshJsonTestData.Results())
        {
            builder.Add(r);
        }

        builder.AddWorker(EvaluationFixtures.WorkerTouchingAllFamilies().OfType<Worker>().Single());
        var report = JsonNode.Parse(OshJson.Serialize(builder.Build()))!.AsObject();
        Sort(report, "examsDue");
        Sort(report, "trainingDue");

        Pinned("report.json", report);
    }

    [Fact]
    public void Every_conclusion_type_is_in_a_pinned_document()
    {
        var pinned = OshJsonTestData.Results().SelectMany(r => r.Conclusions).Select(c => c.GetType()).ToHashSet();

        Assert.Empty(OshJsonTestData.ConcreteConclusionTypes().Where(t => !pinned.Contains(t)).Select(t => t.Name));
    }

    private static JsonObject CanonicalResult(string json)
    {
        var result = JsonNode.Parse(json)!.AsObject();
        var conclusions = result["conclusions"]!.AsArray();
        foreach (var assessment in conclusions.Select(c => c!.AsObject()).Where(IsMaternalAssessment))
        {
            // Its findings come from a Collect of the rule engine, in the engine's order, and its citations follow them.
            Sort(assessment, "findings");
            Sort(assessment, "basis");
        }

        foreach (var explanation in result["explanations"]!.AsArray().Select(e => e!.AsObject()))
        {
            var conclusion = conclusions[explanation["conclusion"]!.GetValue<int>()]!.AsObject();
            explanation["conclusion"] = conclusion.DeepClone();

            // Premises are indexes too: each becomes the conclusion it points at, so the order the rules fired in
            // (which sets the indexes) does not matter.
            if (explanation["premises"] is JsonArray premises)
            {
                explanation["premises"] = new JsonArray([.. premises.Select(p => conclusions[p!.GetValue<int>()]!.DeepClone())]);
                Sort(explanation, "premises");
            }
            if (IsMaternalAssessment(conclusion))
            {
                Sort(explanation, "citations");
            }
        }

        Sort(result, "conclusions");
        Sort(result, "explanations");
        Sort(result, "pendingAmendments");
        return result;
    }

    private static bool IsMaternalAssessment(JsonObject conclusion) => conclusion["$type"]!.GetValue<string>() == "MaternalRiskAssessment";

    private static void Sort(JsonObject parent, string name)
    {
        if (parent[name] is not JsonArray array)
        {
            return;
        }

        var sorted = array.Select(n => n!.ToJsonString()).Order(StringComparer.Ordinal).Select(s => JsonNode.Parse(s)).ToArray();
        parent[name] = new JsonArray(sorted);
    }

    private static void Pinned(string file, JsonNode document)
    {
        var actual = document.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(PinnedFiles.Folder("Evaluation", "JsonDocuments"), file);
        if (PinnedFiles.Rewriting)
        {
            File.WriteAllText(path, actual);
        }

        PinnedFiles.AssertPinned(path);
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
