using System.Globalization;
using OshRules.Ergonomics;
using OshRules.Samples.Report;
using OshRules.Samples.Text;

namespace OshRules.Samples.Output.Html;

/// <summary>
/// The NMQ body map (表 5 drawn on the body): a front and a back figure with each of the 15 regions where it is on the
/// body, labelled with its name, its count and the share of respondents scoring 3 or more, coloured by
/// <see cref="ShareBands"/>. Left and right are the worker's own, as on the NMQ form: on the front figure the worker's
/// right is on the viewer's left, on the back figure on the viewer's right. Inline SVG, no script.
/// </summary>
internal static class BodyMapSvg
{
    private const int Width = 440;
    private const int Height = 500;
    private const double LeftLabelX = 124;
    private const double RightLabelX = 316;

    /// <summary>Where a region is drawn: its figure, its box and on which side its label stands.</summary>
    private sealed record Place(BodyRegion Region, bool Back, double X, double Y, double W, double H, bool LabelLeft, double LabelY);

    private static readonly Place[] Places =
    [
        // Back view: the spine and the hips (臀) are seen from behind; viewer's left = worker's left.
        new(BodyRegion.Neck, true, 206, 56, 28, 22, true, 60),
        new(BodyRegion.UpperBack, true, 182, 82, 76, 72, false, 112),
        new(BodyRegion.LowerBack, true, 182, 156, 76, 76, false, 188),
        new(BodyRegion.LeftHipThigh, true, 178, 236, 40, 96, true, 280),
        new(BodyRegion.RightHipThigh, true, 222, 236, 40, 96, false, 280),

        // Front view: the limbs; viewer's left = worker's right.
        new(BodyRegion.RightShoulder, false, 150, 78, 40, 30, true, 86),
        new(BodyRegion.LeftShoulder, false, 250, 78, 40, 30, false, 86),
        new(BodyRegion.RightElbowForearm, false, 142, 160, 26, 84, true, 196),
        new(BodyRegion.LeftElbowForearm, false, 272, 160, 26, 84, false, 196),
        new(BodyRegion.RightHandWrist, false, 134, 248, 30, 42, true, 262),
        new(BodyRegion.LeftHandWrist, false, 276, 248, 30, 42, false, 262),
        new(BodyRegion.RightKnee, false, 180, 334, 36, 38, true, 346),
        new(BodyRegion.LeftKnee, false, 224, 334, 36, 38, false, 346),
        new(BodyRegion.RightAnkleFoot, false, 176, 442, 40, 38, true, 454),
        new(BodyRegion.LeftAnkleFoot, false, 224, 442, 40, 38, false, 454),
    ];

    // The body outline both figures share (drawn under the regions).
    private const string Outline =
        "<g class=\"outline\" fill=\"#f7f7f7\" stroke=\"#9e9e9e\" stroke-width=\"1\">" +
        "<circle cx=\"220\" cy=\"34\" r=\"22\"/>" +
        "<rect x=\"209\" y=\"54\" width=\"22\" height=\"24\" rx=\"6\"/>" +
        "<rect x=\"176\" y=\"76\" width=\"88\" height=\"160\" rx=\"16\"/>" +
        "<rect x=\"150\" y=\"82\" width=\"26\" height=\"90\" rx=\"10\"/><rect x=\"264\" y=\"82\" width=\"26\" height=\"90\" rx=\"10\"/>" +
        "<rect x=\"142\" y=\"164\" width=\"26\" height=\"84\" rx=\"10\"/><rect x=\"272\" y=\"164\" width=\"26\" height=\"84\" rx=\"10\"/>" +
        "<rect x=\"134\" y=\"246\" width=\"30\" height=\"44\" rx=\"10\"/><rect x=\"276\" y=\"246\" width=\"30\" height=\"44\" rx=\"10\"/>" +
        "<rect x=\"178\" y=\"232\" width=\"40\" height=\"104\" rx=\"12\"/><rect x=\"222\" y=\"232\" width=\"40\" height=\"104\" rx=\"12\"/>" +
        "<rect x=\"180\" y=\"332\" width=\"36\" height=\"112\" rx=\"12\"/><rect x=\"224\" y=\"332\" width=\"36\" height=\"112\" rx=\"12\"/>" +
        "<rect x=\"176\" y=\"440\" width=\"40\" height=\"40\" rx=\"10\"/><rect x=\"224\" y=\"440\" width=\"40\" height=\"40\" rx=\"10\"/>" +
        "</g>";

    public static void Write(HtmlText html, ErgonomicsSection nmq, Labels l)
    {
        html.Raw("<div class=\"body-map\" id=\"body-map\">");
        Figure(html, nmq, l, back: false);
        Figure(html, nmq, l, back: true);
        html.Raw("</div>");
        Legend(html, l);
    }

    /// <summary>The bands with their colours and ranges.</summary>
    public static void Legend(HtmlText html, Labels l)
    {
        html.Raw("<div class=\"legend\" id=\"share-legend\">").Element("span", l["legend"] + l.Colon, "class=\"legend-title\"");
        for (var band = 0; band < ShareBands.Count; band++)
        {
            html.Raw(string.Create(CultureInfo.InvariantCulture, $"<span class=\"band\" data-band=\"{band}\"><i style=\"background:{ShareBands.Fill(band)}\"></i>"))
                .Text(ShareBands.Range(band)).Raw("</span>");
        }

        html.Raw("</div>");
    }

    private static void Figure(HtmlText html, ErgonomicsSection nmq, Labels l, bool back)
    {
        var view = back ? "back" : "front";
        html.Raw($"<figure class=\"figure\" data-view=\"{view}\">");
        html.Raw(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{HtmlText.Escape(l[view])}\">"));
        html.Raw(Outline);

        // Left and right from the worker's point of view.
        var (leftSide, rightSide) = back ? (l["workerLeft"], l["workerRight"]) : (l["workerRight"], l["workerLeft"]);
        html.Raw("<text class=\"side\" x=\"150\" y=\"28\" text-anchor=\"middle\">").Text(leftSide).Raw("</text>");
        html.Raw("<text class=\"side\" x=\"290\" y=\"28\" text-anchor=\"middle\">").Text(rightSide).Raw("</text>");

        foreach (var p in Places.Where(p => p.Back == back))
        {
            Region(html, nmq, l, p, view);
        }

        html.Raw("</svg>").Element("figcaption", l[view]).Raw("</figure>");
    }

    private static void Region(HtmlText html, ErgonomicsSection nmq, Labels l, Place p, string view)
    {
        var count = nmq.Table5.CountOf(p.Region);
        var band = ShareBands.BandOf(count, nmq.Respondents);
        var share = nmq.ShareOf(p.Region);
        var name = ValueText.Of(p.Region, l);
        var figures = l.Chinese ? $"{l.Number(count)} 人（{l.Percent(share)}）" : $"{l.Number(count)} ({l.Percent(share)})";
        var key = p.Region.ToString();
        html.Raw(string.Create(CultureInfo.InvariantCulture,
            $"<rect class=\"region\" data-region=\"{key}\" data-view=\"{view}\" data-count=\"{count}\" data-share=\"{share:0.####}\" data-band=\"{band}\" x=\"{p.X}\" y=\"{p.Y}\" width=\"{p.W}\" height=\"{p.H}\" rx=\"6\" fill=\"{ShareBands.Fill(band)}\" stroke=\"#424242\" stroke-width=\"1\">"));
        html.Element("title", $"{name}: {figures}").Raw("</rect>");

        // A leader from the label to the region's nearer edge.
        var edgeX = p.LabelLeft ? p.X : p.X + p.W;
        var centreY = p.Y + (p.H / 2);
        var labelX = p.LabelLeft ? LeftLabelX : RightLabelX;
        var anchor = p.LabelLeft ? "end" : "start";
        var lineFrom = p.LabelLeft ? labelX + 4 : labelX - 4;
        html.Raw(string.Create(CultureInfo.InvariantCulture, $"<line class=\"leader\" x1=\"{lineFrom}\" y1=\"{p.LabelY + 4}\" x2=\"{edgeX}\" y2=\"{centreY}\"/>"));
        html.Raw(string.Create(CultureInfo.InvariantCulture, $"<text class=\"region-label\" data-region=\"{key}\" x=\"{labelX}\" y=\"{p.LabelY}\" text-anchor=\"{anchor}\">"));
        html.Raw("<tspan class=\"name\">").Text(name).Raw("</tspan>");
        html.Raw(string.Create(CultureInfo.InvariantCulture, $"<tspan class=\"figures\" x=\"{labelX}\" dy=\"15\">")).Text(figures).Raw("</tspan></text>");
    }
}
