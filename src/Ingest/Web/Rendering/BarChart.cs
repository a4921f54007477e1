namespace ThiDua.Ingest.Web.Rendering;

/// <summary>A horizontal bar chart as inline SVG, drawn on the server (no script, no chart library).</summary>
public static class BarChart
{
    private const int LabelWidth = 260;
    private const int BarArea = 340;
    private const int RowHeight = 24;

    public static void Write(HtmlBuilder html, string title, IReadOnlyList<(string Label, long Value)> bars)
    {
        html.Append($"<figure class=\"chart\"><figcaption><b>{title}</b></figcaption>");
        if (bars.Count == 0)
        {
            html.Append($"<p class=\"muted\">Chưa có số liệu / No data.</p></figure>");
            return;
        }

        var max = Math.Max(1, bars.Max(b => b.Value));
        var height = bars.Count * RowHeight + 8;
        var width = LabelWidth + BarArea + 70;
        html.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{title}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = 4 + i * RowHeight;
            var length = (int)Math.Round(value * (double)BarArea / max);
            var shown = label.Length > 38 ? label[..37] + "…" : label;
            html.Append($"<text x=\"{LabelWidth - 6}\" y=\"{y + 16}\" text-anchor=\"end\"><title>{label}</title>{shown}</text>");
            html.Append($"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(1, length)}\" height=\"{RowHeight - 8}\"></rect>");
            html.Append($"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 16}\">{value:#,##0}</text>");
        }

        html.Append($"</svg></figure>");
    }
}
