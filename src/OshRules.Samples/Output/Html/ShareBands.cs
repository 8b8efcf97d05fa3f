using System.Globalization;

namespace OshRules.Samples.Output.Html;

/// <summary>
/// The colour bands of the body map: the share of respondents scoring 3 or more in a region, so the map reads the same
/// for 30 workers and 30,000. The bounds are a presentation choice, not a legal threshold: NMQ surveys commonly find
/// 5–20 % in the neck, shoulders and back, and the bands separate those regions from the rest.
/// </summary>
internal static class ShareBands
{
    /// <summary>The lower bound of each band above the first (which is exactly 0 %), and its colours.</summary>
    private static readonly (double From, string Fill, string Ink)[] Bands =
    [
        (0.00, "#eeeeee", "#212121"),
        (0.00, "#fff3b0", "#212121"),
        (0.05, "#ffd166", "#212121"),
        (0.10, "#f4a261", "#212121"),
        (0.20, "#c62828", "#ffffff"),
    ];

    public static int Count => Bands.Length;

    public static int BandOf(int count, int respondents)
    {
        if (count <= 0 || respondents <= 0)
        {
            return 0;
        }

        var share = (double)count / respondents;
        var band = 1;
        for (var i = 2; i < Bands.Length; i++)
        {
            if (share >= Bands[i].From)
            {
                band = i;
            }
        }

        return band;
    }

    public static string Fill(int band) => Bands[band].Fill;

    public static string Ink(int band) => Bands[band].Ink;

    /// <summary>The band's range: <c>0 %</c>, <c>&gt; 0 – &lt; 5 %</c>, …, <c>≥ 20 %</c>.</summary>
    public static string Range(int band) => band switch
    {
        0 => "0 %",
        _ when band == Bands.Length - 1 => $"≥ {Percent(Bands[band].From)} %",
        1 => $"> 0 – < {Percent(Bands[2].From)} %",
        _ => $"{Percent(Bands[band].From)} – < {Percent(Bands[band + 1].From)} %",
    };

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture);
}
