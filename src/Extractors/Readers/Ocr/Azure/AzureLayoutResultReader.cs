using System.Text.Json;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>
/// Turns a <c>prebuilt-layout</c> result into positioned text: one chunk per word (its polygon's box), placed in the band
/// of the line that holds it (lines and words are tied by their spans), font size from the line's height; the page's
/// <c>angle</c> is undone on the coordinates. Units: <c>inch</c> (PDF input) is 72 points; <c>pixel</c> (images) is
/// scaled so that the page is A4 wide.
/// </summary>
internal static class AzureLayoutResultReader
{
    private const double A4Width = 595.28;

    /// <summary>A line's box is about this many font sizes high (ascenders to descenders).</summary>
    private const double LineHeightPerSize = 1.1;

    public static List<PdfPageText> Read(JsonElement result)
    {
        var root = result.TryGetProperty("analyzeResult", out var analyze) ? analyze : result;
        var pages = new List<PdfPageText>();
        if (!root.TryGetProperty("pages", out var list) || list.ValueKind != JsonValueKind.Array) return pages;
        foreach (var page in list.EnumerateArray()) pages.Add(ReadPage(page));
        return pages;
    }

    private static PdfPageText ReadPage(JsonElement page)
    {
        var number = page.GetProperty("pageNumber").GetInt32();
        var width = Number(page, "width");
        var height = Number(page, "height");
        var unit = page.TryGetProperty("unit", out var u) ? u.GetString() : "inch";
        var scale = unit == "pixel" ? A4Width / Math.Max(1, Math.Min(width, height)) : 72.0;
        var angle = -Number(page, "angle") * Math.PI / 180;
        var (cx, cy) = (width / 2, height / 2);
        (double X, double Y) Level(double x, double y) =>
            (cx + (x - cx) * Math.Cos(angle) - (y - cy) * Math.Sin(angle), cy + (x - cx) * Math.Sin(angle) + (y - cy) * Math.Cos(angle));

        var lines = new List<(int Offset, int End, double Top, double Bottom)>();
        foreach (var line in Items(page, "lines"))
        {
            var box = Box(line, Level);
            if (box is null || !line.TryGetProperty("spans", out var spans)) continue;
            foreach (var span in spans.EnumerateArray())
            {
                var offset = span.GetProperty("offset").GetInt32();
                lines.Add((offset, offset + span.GetProperty("length").GetInt32(), box.Value.Top, box.Value.Bottom));
            }
        }

        var chunks = new List<PdfTextChunk>();
        foreach (var word in Items(page, "words"))
        {
            var text = word.TryGetProperty("content", out var c) ? c.GetString() : null;
            if (string.IsNullOrWhiteSpace(text) || Box(word, Level) is not { } box) continue;
            var offset = word.TryGetProperty("span", out var span) ? span.GetProperty("offset").GetInt32() : -1;
            var line = lines.FirstOrDefault(l => offset >= l.Offset && offset < l.End);
            var (top, bottom) = line.End > 0 ? (line.Top, line.Bottom) : (box.Top, box.Bottom);
            chunks.Add(new PdfTextChunk(box.Left * scale, top * scale, (box.Right - box.Left) * scale, (bottom - top) * scale,
                text.Normalize(System.Text.NormalizationForm.FormC), (bottom - top) * scale / LineHeightPerSize, false, false));
        }

        return new PdfPageText(number, width * scale, height * scale, chunks);
    }

    private static IEnumerable<JsonElement> Items(JsonElement page, string name) =>
        page.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    /// <summary>The box of a polygon (x1, y1, ... x4, y4) after levelling.</summary>
    private static (double Left, double Top, double Right, double Bottom)? Box(JsonElement item, Func<double, double, (double X, double Y)> level)
    {
        if (!item.TryGetProperty("polygon", out var polygon) || polygon.ValueKind != JsonValueKind.Array) return null;
        var values = polygon.EnumerateArray().Select(v => v.GetDouble()).ToList();
        if (values.Count < 8) return null;
        var points = Enumerable.Range(0, values.Count / 2).Select(i => level(values[2 * i], values[2 * i + 1])).ToList();
        return (points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
    }

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;
}
