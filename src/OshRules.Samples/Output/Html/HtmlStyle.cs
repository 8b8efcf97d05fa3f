namespace OshRules.Samples.Output.Html;

/// <summary>
/// The report's stylesheet: a CJK font stack offices have, screen layout, and an A4 print layout in which every page
/// carries the confidentiality banner (a page margin box) and its number, and each programme starts a page.
/// </summary>
internal static class HtmlStyle
{
    public const string FontStack = "\"Noto Sans CJK TC\", \"Microsoft JhengHei\", \"PingFang TC\", sans-serif";

    public static string Css(string banner) => $$$"""
        *{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{font-family:{{{FontStack}}};margin:0 auto;max-width:1040px;padding:0 24px 24px;color:#212121;font-size:14px;line-height:1.5}
        .banner{position:sticky;top:0;z-index:2;margin:0 -24px 12px;padding:6px 24px;background:#b71c1c;color:#fff;font-weight:bold;letter-spacing:.05em}
        h1{font-size:22px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 8px;padding-bottom:4px;border-bottom:3px solid #37474f}
        h3{font-size:15px;margin:18px 0 6px}p{margin:6px 0}.meta{color:#424242}
        table{border-collapse:collapse;margin:6px 0 10px;width:100%}th,td{border:1px solid #bdbdbd;padding:3px 7px;text-align:left;vertical-align:top}
        th{background:#eceff1;font-weight:bold}td.num,th.num{text-align:right}td.empty{color:#757575}.rest{color:#616161;font-style:italic}
        .overdue{color:#b71c1c;font-weight:bold}.soon{color:#e65100}
        .g-Red{background:#c62828;color:#fff}.g-DarkYellow{background:#f9a825}.g-LightYellow{background:#fff176}.g-None{background:#eeeeee}
        .t-Tier3{background:#c62828;color:#fff}.t-Tier2{background:#fff176}.t-Tier1{background:#c8e6c9}
        .notices{border:2px solid #e65100;background:#fff3e0;padding:8px 14px;margin:12px 0}.notices h2{border:0;margin:0 0 4px;font-size:16px;color:#bf360c}
        .notices li{margin:4px 0}
        .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}.card{border:1px solid #b0bec5;border-radius:6px;padding:8px 10px;background:#fafafa}
        .card h3{margin:0 0 4px;font-size:14px}.card dl{margin:0;display:grid;grid-template-columns:1fr auto;gap:0 8px}.card dd{margin:0;text-align:right;font-weight:bold}
        .body-map{display:flex;gap:8px;justify-content:center}.figure{margin:0;flex:1;max-width:440px;text-align:center}.figure svg{width:100%;height:auto}
        .figure figcaption{font-weight:bold}
        svg text{font-family:{{{FontStack}}};fill:#212121}svg .region-label{font-size:12px}svg .region-label .figures{font-size:11px;fill:#424242}
        svg .side{font-size:15px;font-weight:bold;fill:#37474f}svg .leader{stroke:#757575;stroke-width:.8}
        .chart{width:100%;height:auto;max-width:720px;display:block}svg .grid{stroke:#e0e0e0}svg .axis,svg .category{font-size:11px;fill:#424242}svg .total{font-size:11px;font-weight:bold}
        .legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:4px 0 8px;font-size:13px}.legend i{display:inline-block;width:14px;height:14px;border:1px solid #757575;margin-right:4px;vertical-align:-2px}
        .note{color:#424242;font-size:13px}footer{margin-top:24px;color:#616161;font-size:12px;border-top:1px solid #bdbdbd;padding-top:6px}
        @page{size:A4;margin:16mm 12mm 14mm;
          @top-center{content:"{{{banner}}}";font-family:{{{FontStack}}};font-size:10pt;font-weight:bold;color:#b71c1c}
          @bottom-right{content:counter(page) " / " counter(pages);font-family:{{{FontStack}}};font-size:9pt;color:#616161}}
        @media print{
          body{max-width:none;padding:0;font-size:10pt}.banner{display:none}
          .programme{break-before:page}h2,h3{break-after:avoid}tr,figure,svg,.card,.notices li{break-inside:avoid}
          .cards{grid-template-columns:repeat(2,1fr)}thead{display:table-header-group}}
        """;
}
