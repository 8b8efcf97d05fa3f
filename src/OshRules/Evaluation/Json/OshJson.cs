using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using OshRules.Common;
using OshRules.Evaluation.Reports;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation.Json;

/// <summary>
/// JSON for results, conclusions, explanations and organisation reports (JSON 序列化), with source-generated contracts:
/// camelCase names, enums as strings, dates as <c>yyyy-MM-dd</c>, each conclusion tagged with <c>"$type"</c> (its type
/// name). Reading goes through the types' validating constructors: invalid input throws
/// <see cref="OshValidationException"/> or <see cref="JsonException"/>, never a half-filled object. Thread-safe.
/// </summary>
/// <remarks>
/// A result's JSON holds the case key and the worker keys of its conclusions (the caller's own keys), never input facts
/// such as birth dates. A custom holiday calendar of the training options is recorded as <c>Custom</c> and is not
/// restored: the deserialized settings then hold only the health-exam and maternal options.
/// </remarks>
public static partial class OshJson
{
    private const string WeekendsOnly = "WeekendsOnly";
    private const string CustomCalendar = "Custom";

    private static readonly JsonSerializerOptions Compact = Create(indented: false);
    private static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>
    /// The serializer options (序列化選項), read-only: the source-generated contracts, with Chinese text written as is
    /// (not as <c>\uXXXX</c> escapes). Pass them to <see cref="JsonSerializer"/> for conclusions, explanations and reports.
    /// </summary>
    public static JsonSerializerOptions Options => Compact;

    /// <summary>Serializes a result (評估結果): conclusions, explanations, error, settings.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(OshResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ToDocument(result), Info<OshResultDocument>(indented));
    }

    /// <summary>
    /// Serializes a result as <see cref="Serialize(OshResult, bool)"/> does, straight to UTF-8 bytes (for a file or a
    /// stream: no string is made).
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON, UTF-8 encoded, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(OshResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.SerializeToUtf8Bytes(ToDocument(result), Info<OshResultDocument>(indented));
    }

    /// <summary>Serializes an organisation report (組織統計報表).</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(OrganisationReport report, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, Info<OrganisationReport>(indented));
    }

    /// <summary>Serializes one conclusion with its <c>"$type"</c> discriminator (結論).</summary>
    /// <param name="conclusion">The conclusion.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(IOshConclusion conclusion, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        return JsonSerializer.Serialize(conclusion, Info<IOshConclusion>(indented));
    }

    /// <summary>Reads a result written by <see cref="Serialize(OshResult, bool)"/> (讀取評估結果).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The result.</returns>
    /// <exception cref="JsonException">The JSON is malformed or does not describe a result.</exception>
    /// <exception cref="OshValidationException">A value breaks a rule of the library's input contract.</exception>
    public static OshResult DeserializeResult(string json) =>
        Read(json, j => FromDocument(JsonSerializer.Deserialize(j, Info<OshResultDocument>(indented: false)) ?? throw Null("result")));

    /// <summary>Reads an organisation report written by <see cref="Serialize(OrganisationReport, bool)"/> (讀取組織統計報表).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The JSON is malformed or does not describe a report.</exception>
    /// <exception cref="OshValidationException">A value breaks a rule of the library's input contract.</exception>
    public static OrganisationReport DeserializeReport(string json) =>
        Read(json, j => JsonSerializer.Deserialize(j, Info<OrganisationReport>(indented: false)) ?? throw Null("report"));

    /// <summary>Reads one conclusion written by <see cref="Serialize(IOshConclusion, bool)"/> (讀取結論).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The conclusion, of the concrete type its <c>"$type"</c> names.</returns>
    /// <exception cref="JsonException">The JSON is malformed, or names no conclusion type of the library.</exception>
    /// <exception cref="OshValidationException">A value breaks a rule of the library's input contract.</exception>
    public static IOshConclusion DeserializeConclusion(string json) =>
        Read(json, j => JsonSerializer.Deserialize(j, Info<IOshConclusion>(indented: false)) ?? throw Null("conclusion"));

    private static JsonTypeInfo<T> Info<T>(bool indented) =>
        (JsonTypeInfo<T>)(indented ? Indented : Compact).GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(OshJsonContext.Default.Options)
        {
            TypeInfoResolver = OshJsonContext.Default.WithAddedModifier(OmitEmptyCitationParts),
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// A citation names only the parts it has (article, paragraph, annex…): its null parts are left out, which shrinks a
    /// result's JSON by about a quarter. They are all optional on reading.
    /// </summary>
    private static void OmitEmptyCitationParts(JsonTypeInfo info)
    {
        if (info.Type != typeof(Citation))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }

    private static T Read<T>(string json, Func<string, T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return read(json);
        }
        catch (OshValidationException)
        {
            throw;
        }
        catch (NotSupportedException e)
        {
            // System.Text.Json's answer to a shape it cannot read, e.g. a conclusion without its "$type".
            throw new JsonException($"The JSON does not describe a {typeof(T).Name}: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            // A constructor's own check (e.g. a conclusion without citations) that is not an OshValidationException.
            throw new JsonException($"The JSON describes an invalid {typeof(T).Name}: {e.Message}", e);
        }
    }

    private static JsonException Null(string what) => new($"The JSON is null; a {what} was expected.");

    private static OshResultDocument ToDocument(OshResult result, bool withPendingAmendments = true)
    {
        var index = new Dictionary<IOshConclusion, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < result.Conclusions.Count; i++)
        {
            index.TryAdd(result.Conclusions[i], i);
        }

        var explanations = result.Explanations
            .Select(e => new ExplanationDocument(index[e.Conclusion], e.RuleName, e.RuleDescription, e.MatchedFacts, e.Citations)
            {
                Premises = e.Premises.Count == 0 ? null : e.Premises.Select(p => index[p]).ToArray(),
            })
            .ToArray();
        return new OshResultDocument(result.CaseId, result.AsOf, result.Conclusions, explanations, result.Error, ToDocument(result.Settings))
        {
            PendingAmendments = withPendingAmendments ? result.PendingAmendments : null,
        };
    }

    private static SettingsDocument ToDocument(OshEvaluationSettings settings)
    {
        var training = settings.Policies.OfType<TrainingOptions>().FirstOrDefault();
        return new SettingsDocument(
            settings.Families,
            settings.DueSoonDays,
            settings.Language,
            settings.Policies.OfType<HealthExamOptions>().FirstOrDefault(),
            settings.Policies.OfType<MaternalOptions>().FirstOrDefault(),
            training is null ? null : training.HolidayCalendar is WeekendsOnlyCalendar ? WeekendsOnly : CustomCalendar);
    }

    private static OshResult FromDocument(OshResultDocument document)
    {
        const string Rule = "JSON result";
        var conclusions = document.Conclusions.ToArray();
        if (document.Error is { } error)
        {
            Guard.Defined(error.Kind, "OshResult.Error.Kind", Rule);
            if (conclusions.Length > 0)
            {
                throw new OshValidationException("OshResult.Conclusions", Rule, "must be empty when the result carries an error");
            }
        }

        var explanations = new ConclusionExplanation[document.Explanations.Count];
        for (var i = 0; i < explanations.Length; i++)
        {
            var e = document.Explanations[i];
            if (e.Conclusion < 0 || e.Conclusion >= conclusions.Length)
            {
                throw new OshValidationException("OshResult.Explanations.Conclusion", Rule, $"must be the index of a conclusion (0 to {conclusions.Length - 1})");
            }

            var premises = e.Premises ?? [];
            foreach (var p in premises)
            {
                if (p < 0 || p >= conclusions.Length || p == e.Conclusion)
                {
                    throw new OshValidationException("OshResult.Explanations.Premises", Rule, $"must be indexes of other conclusions (0 to {conclusions.Length - 1})");
                }
            }

            explanations[i] = new ConclusionExplanation(conclusions[e.Conclusion], e.RuleName, e.RuleDescription, e.MatchedFacts, e.Citations)
            {
                Premises = premises.Select(p => conclusions[p]).ToArray(),
            };
        }

        return new OshResult(document.CaseId, document.AsOf, conclusions, explanations, document.Error, FromDocument(document.Settings));
    }

    private static OshEvaluationSettings FromDocument(SettingsDocument settings)
    {
        const string Rule = "JSON result";
        foreach (var family in settings.Families)
        {
            if (!Families.All.Contains(family))
            {
                throw new OshValidationException("OshResult.Settings.Families", Rule, $"'{family}' is not a rule family");
            }
        }

        Guard.InRange(settings.DueSoonDays, 0, 3650, "OshResult.Settings.DueSoonDays", Rule);
        Guard.Defined(settings.Language, "OshResult.Settings.Language", Rule);
        var policies = new List<object>(3);
        if (settings.HealthExams is { } health)
        {
            policies.Add(health);
        }

        if (settings.Maternal is { } maternal)
        {
            policies.Add(maternal);
        }

        switch (settings.HolidayCalendar)
        {
            case null or CustomCalendar:
                break;
            case WeekendsOnly:
                policies.Add(TrainingOptions.Default with { HolidayCalendar = WeekendsOnlyCalendar.Instance });
                break;
            default:
                throw new OshValidationException("OshResult.Settings.HolidayCalendar", Rule, $"must be {WeekendsOnly} or {CustomCalendar}");
        }

        return new OshEvaluationSettings([.. settings.Families], settings.DueSoonDays, settings.Language, policies);
    }
}
