using System.Text.Json;
using System.Text.Json.Nodes;
using OshRules.Ergonomics;
using OshRules.Evaluation.Json;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.Training;

namespace OshRules.Tests.Evaluation;

/// <summary>Invalid JSON is rejected through the types' own checks, never silently accepted.</summary>
public sealed class OshJsonValidationTests
{
    private static readonly Lazy<IReadOnlyList<Common.IOshConclusion>> Conclusions =
        new(() => OshJsonTestData.Results().SelectMany(r => r.Conclusions).ToArray());

    private static JsonObject JsonOf<T>()
        where T : Common.IOshConclusion =>
        JsonNode.Parse(OshJson.Serialize(Conclusions.Value.OfType<T>().First()))!.AsObject();

    [Fact]
    public void Unknown_type_discriminator_is_rejected()
    {
        var json = JsonOf<NmqGrade>();
        json["$type"] = "Worker";

        var ex = Assert.Throws<JsonException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.StartsWith("Read unrecognized type discriminator id 'Worker'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_type_discriminator_is_rejected()
    {
        var json = JsonOf<NmqGrade>();
        json.Remove("$type");

        var ex = Assert.Throws<JsonException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.Contains("must specify a type discriminator", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nmq_grade_without_citations_is_rejected_by_its_constructor()
    {
        var json = JsonOf<NmqGrade>();
        json["basis"] = new JsonArray();

        var ex = Assert.Throws<OshValidationException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.Equal("NmqGrade.Basis: must cite at least one source (rule NMQ-3).", ex.Message);
    }

    [Fact]
    public void Blank_subject_of_an_improvement_task_is_rejected_by_its_constructor()
    {
        var json = JsonOf<ImprovementTask>();
        json["subjectId"] = " ";

        var ex = Assert.Throws<OshValidationException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.Equal("ImprovementTask.SubjectId: must not be empty (rule NMQ-4).", ex.Message);
    }

    [Fact]
    public void Empty_calendar_period_is_rejected()
    {
        var json = JsonOf<PeriodicGeneralExamDue>();
        json["interval"] = new JsonObject { ["years"] = 0, ["months"] = 0 };

        var ex = Assert.Throws<OshValidationException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.Equal("CalendarPeriod: a period must be a positive number of years or months (rule 民法 §121).", ex.Message);
    }

    [Fact]
    public void Calendar_period_of_years_and_months_is_rejected()
    {
        var json = JsonOf<PeriodicGeneralExamDue>();
        json["interval"] = new JsonObject { ["years"] = 2, ["months"] = 3 };

        var ex = Assert.Throws<OshValidationException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.Equal("CalendarPeriod: a period must be whole years or whole months (rule 民法 §121).", ex.Message);
    }

    [Fact]
    public void Calendar_period_without_its_zero_part_reads()
    {
        var json = JsonOf<PeriodicGeneralExamDue>();
        json["interval"] = new JsonObject { ["years"] = 3 };

        var due = Assert.IsType<PeriodicGeneralExamDue>(OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.Equal(CalendarPeriod.OfYears(3), due.Interval);
    }

    [Fact]
    public void Health_exam_conclusion_without_citations_is_rejected()
    {
        var json = JsonOf<HireExamRequired>();
        json["basis"] = new JsonArray();

        var ex = Assert.Throws<JsonException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.IsAssignableFrom<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Special_hazard_with_an_agent_of_another_category_is_rejected()
    {
        var json = JsonOf<ManagementFollowUp>();
        json["hazard"] = new JsonObject { ["category"] = "Noise", ["agent"] = "Benzene" };

        var ex = Assert.Throws<OshValidationException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));

        Assert.Equal("SpecialHazard.Agent: does not belong to the category (rule HC-6).", ex.Message);
    }

    [Fact]
    public void Null_for_a_non_nullable_property_is_rejected()
    {
        var json = JsonOf<PeriodicGeneralExamDue>();
        json["subjectId"] = null;

        Assert.Throws<JsonException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));
    }

    [Fact]
    public void Missing_required_property_is_rejected()
    {
        var json = JsonOf<TrainingDue>();
        json.Remove("dueDate");

        Assert.Throws<JsonException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));
    }

    [Fact]
    public void Missing_constructor_parameter_is_rejected()
    {
        var json = JsonOf<HireExamRequired>();
        json.Remove("dueDate");

        Assert.Throws<JsonException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));
    }

    [Fact]
    public void Unknown_enum_name_is_rejected()
    {
        var json = JsonOf<CourseStatus>();
        json["designation"] = "Purple";

        Assert.Throws<JsonException>(() => OshJson.DeserializeConclusion(json.ToJsonString()));
    }

    [Fact]
    public void Explanation_pointing_past_the_conclusions_is_rejected()
    {
        var json = JsonNode.Parse(OshJson.Serialize(OshJsonTestData.Results()[0]))!;
        json["explanations"]![0]!["conclusion"] = 99;

        var ex = Assert.Throws<OshValidationException>(() => OshJson.DeserializeResult(json.ToJsonString()));

        Assert.Equal("OshResult.Explanations.Conclusion", ex.Field);
    }

    [Fact]
    public void Result_with_an_unknown_family_is_rejected()
    {
        var json = JsonNode.Parse(OshJson.Serialize(OshJsonTestData.Results()[0]))!;
        json["settings"]!["families"]![0] = "Astrology";

        var ex = Assert.Throws<OshValidationException>(() => OshJson.DeserializeResult(json.ToJsonString()));

        Assert.Equal("OshResult.Settings.Families: 'Astrology' is not a rule family (rule JSON result).", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"caseId\":")]
    public void Malformed_result_json_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => OshJson.DeserializeResult(json));
}
