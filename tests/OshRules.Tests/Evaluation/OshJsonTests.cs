using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.Evaluation.Reports;
using OshRules.Law;

namespace OshRules.Tests.Evaluation;

public sealed partial class OshJsonTests
{
    private static readonly Lazy<IReadOnlyList<OshResult>> Results = new(OshJsonTestData.Results);

    private static OshResult FixtureResult => Results.Value[0];

    [Fact]
    public void The_cases_produce_every_concrete_conclusion_type()
    {
        var produced = Results.Value.SelectMany(r => r.Conclusions).Select(c => c.GetType()).Distinct().ToHashSet();

        Assert.All(Results.Value, r => Assert.True(r.IsValid, r.Error?.Message));
        Assert.Empty(OshJsonTestData.ConcreteConclusionTypes().Where(t => !produced.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void Utf8_bytes_are_the_string_form_encoded_and_read_back_alike()
    {
        Assert.All(Results.Value, r =>
        {
            var bytes = OshJson.SerializeToUtf8Bytes(r);

            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(OshJson.Serialize(r)), bytes);
            Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
            Assert.Equal(r, OshJson.DeserializeResult(System.Text.Encoding.UTF8.GetString(bytes)));
        });
    }

    [Fact]
    public void Every_concrete_conclusion_type_is_registered_with_its_name_as_discriminator()
    {
        var registered = OshJson.Options.GetTypeInfo(typeof(IOshConclusion)).PolymorphismOptions!;

        Assert.Equal("$type", registered.TypeDiscriminatorPropertyName);
        Assert.Equal(
            OshJsonTestData.ConcreteConclusionTypes().Select(t => (t, (object?)t.Name)),
            registered.DerivedTypes.Select(d => (d.DerivedType, d.TypeDiscriminator)).OrderBy(d => d.DerivedType.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_concrete_conclusion_type_round_trips_with_its_type_discriminator()
    {
        var byType = Results.Value.SelectMany(r => r.Conclusions).GroupBy(c => c.GetType()).ToDictionary(g => g.Key, g => g.ToList());

        foreach (var type in OshJsonTestData.ConcreteConclusionTypes())
        {
            Assert.True(byType.ContainsKey(type), $"no rule-produced instance of {type.Name}");
            foreach (var conclusion in byType[type])
            {
                var json = OshJson.Serialize(conclusion);
                var back = OshJson.DeserializeConclusion(json);

                Assert.IsType(type, back);
                Assert.Equal(type.Name, JsonNode.Parse(json)!["$type"]!.GetValue<string>());
                Assert.Equal(json, OshJson.Serialize(back));
                Assert.Equal(conclusion.SubjectId, back.SubjectId);
                Assert.Equal(conclusion.Basis, back.Basis);
                Assert.Equal(conclusion.PendingAmendment, back.PendingAmendment);
            }
        }
    }

    [Fact]
    public void Conclusions_with_value_equality_deserialize_equal()
    {
        var conclusions = Results.Value.SelectMany(r => r.Conclusions)
            .Where(c => c is NmqGrade or ImprovementTask or ErgonomicProgrammeDuty or ErgonomicProgrammeCalendar)
            .ToList();

        Assert.Equal(4, conclusions.Select(c => c.GetType()).Distinct().Count());
        Assert.All(conclusions, c => Assert.Equal(c, OshJson.DeserializeConclusion(OshJson.Serialize(c))));
    }

    [Fact]
    public void Every_conclusion_reads_back_equal_to_the_original_with_the_same_hash()
    {
        var conclusions = Results.Value.SelectMany(r => r.Conclusions).ToList();

        Assert.Equal(OshJsonTestData.ConcreteConclusionTypes(), conclusions.Select(c => c.GetType()).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.All(conclusions, c =>
        {
            var back = OshJson.DeserializeConclusion(OshJson.Serialize(c));
            Assert.Equal(c, back);
            Assert.Equal(c.GetHashCode(), back.GetHashCode());
        });
    }

    [Fact]
    public void Every_result_reads_back_equal_to_the_original()
    {
        Assert.All(Results.Value, r => Assert.Equal(r, OshJson.DeserializeResult(OshJson.Serialize(r))));
    }

    [Fact]
    public void Full_result_of_the_all_families_fixture_round_trips()
    {
        var result = FixtureResult;
        var json = OshJson.Serialize(result);

        var back = OshJson.DeserializeResult(json);

        Assert.Equal(json, OshJson.Serialize(back));
        Assert.Equal(result.CaseId, back.CaseId);
        Assert.Equal(result.AsOf, back.AsOf);
        Assert.Equal(result.Conclusions.Select(c => c.GetType()), back.Conclusions.Select(c => c.GetType()));
        Assert.Equal(result.Explanations.Select(e => (e.RuleName, e.RuleDescription)), back.Explanations.Select(e => (e.RuleName, e.RuleDescription)));
        Assert.Equal(result.Explanations.SelectMany(e => e.MatchedFacts), back.Explanations.SelectMany(e => e.MatchedFacts));
        Assert.Equal(result.Explanations.SelectMany(e => e.Citations), back.Explanations.SelectMany(e => e.Citations));
        Assert.All(back.Conclusions, c => Assert.Same(c, back.ExplanationOf(c).Conclusion));
        Assert.Equal(result.PendingAmendments, back.PendingAmendments);
        Assert.Equal(result.Settings.Families, back.Settings.Families);
        Assert.Equal((result.Settings.DueSoonDays, result.Settings.Language), (back.Settings.DueSoonDays, back.Settings.Language));
        Assert.Equal(result.Settings.Policies, back.Settings.Policies);
        Assert.Equal(result.Explain(DisplayLanguage.ZhTw), back.Explain(DisplayLanguage.ZhTw));
        Assert.Equal(result.Explain(DisplayLanguage.English), back.Explain(DisplayLanguage.English));
    }

    [Fact]
    public void Result_with_an_error_round_trips()
    {
        var failed = OshRuleSet.CreateDefault().EvaluateMany(
            EvaluationFixtures.AsOf,
            [OshCase.Invalid("bad", new OshValidationException("Worker.BirthDate", "worker identity", "must not be after the hire date"))]).Single();

        var back = OshJson.DeserializeResult(OshJson.Serialize(failed));

        Assert.Equal(failed, back);
        Assert.False(back.IsValid);
        Assert.Equal(failed.Error, back.Error);
        Assert.Empty(back.Conclusions);
    }

    [Fact]
    public void Organisation_report_round_trips()
    {
        var builder = new OrganisationReportBuilder(EvaluationFixtures.AsOf) { OnBusinessTrip = 2 };
        foreach (var r in Results.Value)
        {
            builder.Add(r);
        }

        builder.AddWorker(EvaluationFixtures.WorkerTouchingAllFamilies().OfType<Worker>().Single());
        var report = builder.Build();
        var json = OshJson.Serialize(report);

        var back = OshJson.DeserializeReport(json);

        Assert.Equal(report, back);
        Assert.Equal(json, OshJson.Serialize(back));
        Assert.Equal((report.AsOf, report.Cases, report.CasesWithErrors), (back.AsOf, back.Cases, back.CasesWithErrors));
        Assert.Equal(report.NmqTable2, back.NmqTable2);
        Assert.Equal(report.NmqTable5, back.NmqTable5);
        Assert.Equal(report.MaternalExecutionRecord.Tiers, back.MaternalExecutionRecord.Tiers);
        Assert.Equal(report.MaternalExecutionRecord.HazardItems, back.MaternalExecutionRecord.HazardItems);
        Assert.Equal(report.MaternalExecutionRecord.Pregnant, back.MaternalExecutionRecord.Pregnant);
        Assert.Equal(report.ExamsDue, back.ExamsDue);
        Assert.Equal(report.TrainingDue.Select(t => (t.CaseId, t.Due.Kind, t.Due.DueDate, t.Due.Status)), back.TrainingDue.Select(t => (t.CaseId, t.Due.Kind, t.Due.DueDate, t.Due.Status)));
        Assert.NotEmpty(back.ExamsDue);
        Assert.NotEmpty(back.TrainingDue);
    }

    [Fact]
    public void Indented_json_reads_back_to_the_same_result()
    {
        var indented = OshJson.Serialize(FixtureResult, indented: true);

        var back = OshJson.DeserializeResult(indented);

        Assert.Contains(Environment.NewLine, indented, StringComparison.Ordinal);
        Assert.Equal(OshJson.Serialize(FixtureResult), OshJson.Serialize(back));
    }

    [Fact]
    public void The_discriminator_is_written_first_and_read_anywhere()
    {
        var grade = FixtureResult.Get<NmqGrade>()!;
        var json = JsonNode.Parse(OshJson.Serialize(grade))!.AsObject();
        var moved = new JsonObject(json.Where(p => p.Key != "$type").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
        {
            ["$type"] = nameof(NmqGrade),
        };

        Assert.Equal("$type", json.First().Key);
        Assert.Equal(grade, OshJson.DeserializeConclusion(moved.ToJsonString()));
    }

    [Fact]
    public void Enums_are_written_as_strings()
    {
        var json = JsonNode.Parse(OshJson.Serialize(FixtureResult))!;
        var grade = json["conclusions"]!.AsArray().Single(c => c!["$type"]!.GetValue<string>() == nameof(NmqGrade))!;
        var expected = FixtureResult.Get<NmqGrade>()!;

        Assert.Equal(expected.Level.ToString(), grade["level"]!.GetValue<string>());
        Assert.Equal(expected.Findings.ToString(), grade["findings"]!.GetValue<string>());
        Assert.Equal(["LowerBack"], grade["regionsAtRisk"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("ZhTw", json["settings"]!["language"]!.GetValue<string>());
        Assert.DoesNotContain(Descendants(json), n => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number && IsEnumProperty(n));
    }

    [Fact]
    public void Dates_are_written_as_iso_year_month_day()
    {
        var json = JsonNode.Parse(OshJson.Serialize(FixtureResult))!;
        var periodic = json["conclusions"]!.AsArray().Single(c => c!["$type"]!.GetValue<string>() == "PeriodicGeneralExamDue")!;

        Assert.Equal("2026-11-23", json["asOf"]!.GetValue<string>());
        Assert.Equal("2023-11-01", periodic["lastExam"]!.GetValue<string>());
        Assert.Matches(IsoDate(), periodic["dueDate"]!.GetValue<string>());
        var dates = Descendants(json).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String)
            .Select(v => v.GetValue<string>()).Where(s => DateLike().IsMatch(s)).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Matches(IsoDate(), d));
    }

    [Fact]
    public void Result_json_holds_worker_keys_but_not_the_birth_date()
    {
        var json = OshJson.Serialize(FixtureResult);

        Assert.Contains("\"W-001\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("1986-11-24", json, StringComparison.Ordinal);
        Assert.DoesNotContain("birth", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_citation_writes_only_the_parts_it_has()
    {
        var citation = new Citation(LawName.LabourHealthProtectionRules, 17, 1);

        var json = JsonSerializer.Serialize(citation, OshJson.Options);

        Assert.DoesNotContain("item", json, StringComparison.Ordinal);
        Assert.DoesNotContain("annex", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Equal(citation, JsonSerializer.Deserialize<Citation>(json, OshJson.Options));
    }

    [Fact]
    public void Chinese_text_is_written_unescaped()
    {
        var json = OshJson.Serialize(FixtureResult);

        Assert.Contains("勞工健康保護規則", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explanation_serializes_with_the_public_options()
    {
        var explanation = FixtureResult.Explanations[0];

        var json = JsonSerializer.Serialize(explanation, OshJson.Options);
        var back = JsonSerializer.Deserialize<ConclusionExplanation>(json, OshJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, OshJson.Options));
        Assert.Equal(explanation.RuleId, back.RuleId);
        Assert.Equal(explanation.Conclusion.GetType(), back.Conclusion.GetType());
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }

    // Numbers in arrays (an explanation's premises are conclusion indexes) are not properties.
    private static bool IsEnumProperty(JsonNode node) =>
        node.Parent is JsonObject && node.GetPropertyName() is "level" or "kind" or "status" or "state" or "tier" or "tableTier" or "overallTier" or "actions" or "findings" or "language" or "designation" or "phase";

    [GeneratedRegex(@"^\d{2,4}[-/.]\d")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
