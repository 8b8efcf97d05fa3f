using System.Globalization;
using System.Text;
using OshRules.Resources;

namespace OshRules.Evaluation;

/// <summary>Prints a result's explanations as text in zh-TW or English.</summary>
internal static class ExplanationFormatter
{
    public static string Format(OshResult result, DisplayLanguage language)
    {
        var zh = language == DisplayLanguage.ZhTw;
        var sb = new StringBuilder();
        sb.AppendLine(string.Format(CultureInfo.InvariantCulture, DisplayNames.Text("Explain_Header", language), result.CaseId, result.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (result.Error is { } error)
        {
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, DisplayNames.Text("Explain_Error", language), error.Message));
            return sb.ToString();
        }

        if (result.Explanations.Count == 0)
        {
            sb.AppendLine(DisplayNames.Text("Explain_NoConclusions", language));
        }

        foreach (var e in result.Explanations)
        {
            sb.Append("• ").AppendLine(DisplayNames.Of(e.Conclusion.GetType(), language));
            sb.Append("  ").Append(DisplayNames.Text("Explain_Rule", language)).Append(": ").Append(e.RuleName);
            if (e.RuleDescription is not null)
            {
                sb.Append(" — ").Append(e.RuleDescription);
            }

            sb.AppendLine();
            if (e.MatchedFacts.Count > 0)
            {
                sb.Append("  ").Append(DisplayNames.Text("Explain_Facts", language)).Append(": ")
                  .AppendLine(string.Join(", ", e.MatchedFacts));
            }

            foreach (var p in e.Premises)
            {
                sb.Append("  ").Append(DisplayNames.Text("Explain_Premise", language)).Append(": ")
                  .Append(DisplayNames.Of(p.GetType(), language)).Append(" — ").AppendLine(result.ExplanationOf(p).RuleName);
            }

            foreach (var c in e.Citations)
            {
                sb.Append("  ").Append(DisplayNames.Text("Explain_Basis", language)).Append(": ")
                  .AppendLine(zh ? c.ToChineseString() : c.ToEnglishString());
            }

            if (e.Conclusion.PendingAmendment is { } pending)
            {
                sb.Append("  ").AppendLine(string.Format(
                    CultureInfo.InvariantCulture, DisplayNames.Text("Explain_Pending", language), pending.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        // Each amendment once, in full: what changed and what the flagged answers did not verify.
        foreach (var pending in result.PendingAmendments.OrderBy(p => p.EffectiveFrom))
        {
            sb.Append(DisplayNames.Text("Explain_PendingHeader", language)).Append(' ')
              .Append(pending.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(": ").AppendLine(pending.Description);
        }

        return sb.ToString();
    }
}
