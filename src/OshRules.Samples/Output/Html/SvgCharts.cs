using System.Globalization;
using OshRules.Samples.Text;

namespace OshRules.Samples.Output.Html;

/// <summary>One series of a stacked bar chart: its key (for the DOM), its label, its colour and one value per category.</summary>
internal sealed record ChartSeries(string Key, string Label, string Colour, int[] Values);

/// <summary>
/// Stacked bar charts as inline SVG, readable in print: bars per category (columns) or per row (bars), each segment a
/// <c>rect.bar</c> with its series, category and count as data attributes, the total written on each bar, and a legend.
/// </summary>
internal static class SvgCharts
{
    public static void Columns(HtmlText html, string id, IReadOnlyList<(string Key, string Label)> categories, IReadOnlyList<ChartSeries> series, Labels l)
    {
        const double width = 720, plotLeft = 44, plotTop = 18, plotHeight = 180, plotRight = 10;
        var plotWidth = width - plotLeft - plotRight;
        var totals = categories.Select((_, i) => series.Sum(s => s.Values[i])).ToArray();
        var max = NiceMax(totals.DefaultIfEmpty(0).Max());
        var slot = plotWidth / Math.Max(1, categories.Count);
        var barWidth = slot * 0.62;
        html.Raw(Svg(id, width, plotTop + plotHeight + 40));
        Grid(html, plotLeft, plotTop, plotWidth, plotHeight, max, vertical: true);
        for (var i = 0; i < categories.Count; i++)
        {
            var x = plotLeft + (slot * i) + ((slot - barWidth) / 2);
            var y = plotTop + plotHeight;
            foreach (var s in series)
            {
                var v = s.Values[i];
                if (v <= 0)
                {
                    continue;
                }

                var h = plotHeight * v / max;
                y -= h;
                Bar(html, s, categories[i], v, x, y, barWidth, h);
            }

            if (totals[i] > 0)
            {
                html.Raw(F($"<text class=\"total\" x=\"{x + (barWidth / 2):0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\">{totals[i]}</text>"));
            }

            html.Raw(F($"<text class=\"category\" x=\"{x + (barWidth / 2):0.#}\" y=\"{plotTop + plotHeight + 16:0.#}\" text-anchor=\"middle\">")).Text(categories[i].Label).Raw("</text>");
        }

        html.Raw("</svg>");
        Legend(html, series, l);
    }

    public static void Rows(HtmlText html, string id, IReadOnlyList<(string Key, string Label)> categories, IReadOnlyList<ChartSeries> series, Labels l)
    {
        const double width = 720, labelWidth = 170, rowHeight = 22, top = 8, right = 40;
        var plotWidth = width - labelWidth - right;
        var totals = categories.Select((_, i) => series.Sum(s => s.Values[i])).ToArray();
        var max = NiceMax(totals.DefaultIfEmpty(0).Max());
        var plotHeight = rowHeight * categories.Count;
        html.Raw(Svg(id, width, top + plotHeight + 26));
        Grid(html, labelWidth, top, plotWidth, plotHeight, max, vertical: false);
        for (var i = 0; i < categories.Count; i++)
        {
            var y = top + (rowHeight * i) + 4;
            var x = labelWidth;
            foreach (var s in series)
            {
                var v = s.Values[i];
                if (v <= 0)
                {
                    continue;
                }

                var w = plotWidth * v / max;
                Bar(html, s, categories[i], v, x, y, w, rowHeight - 8);
                x += w;
            }

            html.Raw(F($"<text class=\"category\" x=\"{labelWidth - 6:0.#}\" y=\"{y + 11:0.#}\" text-anchor=\"end\">")).Text(categories[i].Label).Raw("</text>");
            html.Raw(F($"<text class=\"total\" x=\"{x + 4:0.#}\" y=\"{y + 11:0.#}\">{totals[i]}</text>"));
        }

        html.Raw("</svg>");
        Legend(html, series, l);
    }

    /// <summary>
    /// The twelve months of <paramref name="chart"/> as columns stacked by its series, and a note of the items overdue and
    /// due later, which the columns leave out.
    /// </summary>
    public static void Months<TKey>(HtmlText html, string id, Report.MonthChart<TKey> chart, Func<TKey, string> label, Func<TKey, string> colour, Labels l)
        where TKey : notnull
    {
        var months = Enumerable.Range(0, Report.MonthChart<TKey>.Months)
            .Select(i => (Key: chart.Month(i).ToString("yyyy-MM", CultureInfo.InvariantCulture), Label: l.Month(chart.Month(i))))
            .ToList();
        var series = chart.Series
            .Select(k => new ChartSeries(k.ToString()!, label(k), colour(k), Enumerable.Range(0, months.Count).Select(i => chart.InMonth(k, i)).ToArray()))
            .ToList();
        Columns(html, id, months, series, l);
        html.Element("p", $"{l["overdue"]}{l.Colon}{l.Number(chart.OverdueTotal)} · {l["later"]}{l.Colon}{l.Number(chart.LaterTotal)}", "class=\"note\"");
    }

    /// <summary>A round upper bound for the axis: 1, 2, 5 or 10 times a power of ten, at least 1.</summary>
    public static int NiceMax(int value)
    {
        if (value <= 1)
        {
            return 1;
        }

        var power = 1;
        while (power * 10 < value)
        {
            power *= 10;
        }

        foreach (var step in new[] { 1, 2, 5, 10 })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private static void Bar(HtmlText html, ChartSeries s, (string Key, string Label) category, int value, double x, double y, double w, double h)
    {
        html.Raw(F($"<rect class=\"bar\" data-series=\"{HtmlText.Escape(s.Key)}\" data-category=\"{HtmlText.Escape(category.Key)}\" data-count=\"{value}\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{w:0.##}\" height=\"{h:0.##}\" fill=\"{s.Colour}\">"));
        html.Element("title", $"{category.Label} · {s.Label}: {value}").Raw("</rect>");
    }

    private static void Grid(HtmlText html, double left, double top, double width, double height, int max, bool vertical)
    {
        foreach (var fraction in new[] { 0.0, 0.5, 1.0 })
        {
            var value = max * fraction;
            var label = value == Math.Floor(value) ? value.ToString("0", CultureInfo.InvariantCulture) : string.Empty;
            if (vertical)
            {
                var y = top + height - (height * fraction);
                html.Raw(F($"<line class=\"grid\" x1=\"{left:0.#}\" y1=\"{y:0.#}\" x2=\"{left + width:0.#}\" y2=\"{y:0.#}\"/><text class=\"axis\" x=\"{left - 6:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{label}</text>"));
            }
            else
            {
                var x = left + (width * fraction);
                html.Raw(F($"<line class=\"grid\" x1=\"{x:0.#}\" y1=\"{top:0.#}\" x2=\"{x:0.#}\" y2=\"{top + height:0.#}\"/><text class=\"axis\" x=\"{x:0.#}\" y=\"{top + height + 16:0.#}\" text-anchor=\"middle\">{label}</text>"));
            }
        }
    }

    private static void Legend(HtmlText html, IReadOnlyList<ChartSeries> series, Labels l)
    {
        html.Raw("<div class=\"legend chart-legend\">");
        foreach (var s in series)
        {
            html.Raw($"<span class=\"band\" data-series=\"{HtmlText.Escape(s.Key)}\"><i style=\"background:{s.Colour}\"></i>").Text($"{s.Label} {l.Number(s.Values.Sum())}").Raw("</span>");
        }

        html.Raw("</div>");
    }

    private static string Svg(string id, double width, double height) =>
        F($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{HtmlText.Escape(id)}\" data-chart=\"{HtmlText.Escape(id)}\" viewBox=\"0 0 {width:0.#} {height:0.#}\" role=\"img\">");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
