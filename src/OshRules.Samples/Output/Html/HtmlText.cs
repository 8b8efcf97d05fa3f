using System.Net;

namespace OshRules.Samples.Output.Html;

/// <summary>A cell of an HTML table: its text (escaped when written) and an optional class.</summary>
internal readonly record struct HtmlCell(string? Text, string? Class = null)
{
    public static implicit operator HtmlCell(string? text) => new(text);
}

/// <summary>Writes HTML to a stream: every text is escaped, markup is written as given.</summary>
internal sealed class HtmlText(TextWriter writer)
{
    public HtmlText Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    public HtmlText Text(string? text)
    {
        writer.Write(Escape(text));
        return this;
    }

    /// <summary>An element holding escaped text: <c>&lt;h2 id="x"&gt;text&lt;/h2&gt;</c>.</summary>
    public HtmlText Element(string tag, string? text, string? attributes = null) =>
        Raw("<" + tag + (attributes is null ? string.Empty : " " + attributes) + ">").Text(text).Raw("</" + tag + ">");

    /// <summary>A table with a header row; <paramref name="rest"/> more rows than shown are stated under it.</summary>
    public void Table(string id, IReadOnlyList<string> headers, IEnumerable<HtmlCell[]> rows, int rest, string restText, string emptyText)
    {
        Raw($"<table id=\"{Escape(id)}\"><thead><tr>");
        foreach (var h in headers)
        {
            Element("th", h);
        }

        Raw("</tr></thead><tbody>");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            Raw("<tr>");
            foreach (var cell in row)
            {
                Element("td", cell.Text, cell.Class is null ? null : $"class=\"{Escape(cell.Class)}\"");
            }

            Raw("</tr>");
        }

        if (!any)
        {
            Raw($"<tr><td colspan=\"{headers.Count}\" class=\"empty\">").Text(emptyText).Raw("</td></tr>");
        }

        Raw("</tbody></table>");
        if (rest > 0)
        {
            Element("p", restText, $"class=\"rest\" data-rest=\"{rest}\"");
        }
    }

    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
