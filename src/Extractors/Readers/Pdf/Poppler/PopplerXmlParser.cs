using System.Globalization;
using System.Text;
using System.Xml;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>
/// Streams <c>pdftohtml -xml</c> output into pages of chunks. Coordinates are divided by the zoom the engine ran with.
/// Mixed <c>&lt;b&gt;</c>/<c>&lt;i&gt;</c> inside one text element become several chunks placed by character share.
/// Crossed inline markup is mended line by line (<see cref="TagBalancer"/>); markup broken past that keeps the pages before it.
/// Text inside an internal link (<c>&lt;a href="file.html#PAGE"&gt;</c>, a link annotation to a page of the same file)
/// gets a <see cref="PdfLink"/> over its share of the element (the destination's place on the page is not given); the
/// chunks stay cut by format only, since Poppler places link edges only roughly (inside words).
/// </summary>
public sealed class PopplerXmlParser(double zoom)
{
    private readonly Dictionary<string, (double Size, string Family)> _fonts = new(StringComparer.Ordinal);

    public List<PdfPageText> Parse(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CheckCharacters = false,
            IgnoreComments = true,
        };
        var pages = new List<PdfPageText>();
        List<PdfTextChunk>? chunks = null;
        List<PdfLink> links = [];
        int number = 0;
        double width = 0, height = 0;
        using var lines = new BalancedLineReader(stream);
        using var reader = XmlReader.Create(lines, settings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Name == "page" && chunks is not null)
                {
                    pages.Add(new PdfPageText(number, width, height, chunks) { Links = links });
                    chunks = null;
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element) continue;
                switch (reader.Name)
                {
                    case "page":
                        number = (int)Number(reader, "number");
                        width = Number(reader, "width") / zoom;
                        height = Number(reader, "height") / zoom;
                        chunks = [];
                        links = [];
                        if (reader.IsEmptyElement)
                        {
                            pages.Add(new PdfPageText(number, width, height, chunks));
                            chunks = null;
                        }

                        break;
                    case "fontspec":
                        _fonts[reader.GetAttribute("id") ?? ""] = (Number(reader, "size") / zoom, reader.GetAttribute("family") ?? "");
                        break;
                    case "text" when chunks is not null:
                        ReadText(reader, chunks, links);
                        break;
                }
            }
        }
        catch (XmlException) when (pages.Count > 0)
        {
            // Markup the balancer could not mend: the pages read so far are kept, the broken page's chunks so far too.
        }

        if (chunks is not null) pages.Add(new PdfPageText(number, width, height, chunks) { Links = links });
        return pages;
    }

    private void ReadText(XmlReader reader, List<PdfTextChunk> chunks, List<PdfLink> links)
    {
        var left = Number(reader, "left") / zoom;
        var top = Number(reader, "top") / zoom;
        var w = Number(reader, "width") / zoom;
        var h = Number(reader, "height") / zoom;
        _fonts.TryGetValue(reader.GetAttribute("font") ?? "", out var font);
        var fontBold = FontNames.IsBold(font.Family ?? "");
        var fontItalic = FontNames.IsItalic(font.Family ?? "");
        var parts = new List<(string Text, bool Bold, bool Italic)>();
        var linked = new List<(int Start, int End, int Target)>();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            int b = 0, i = 0;
            int? target = null;
            var linkStart = 0;
            var length = 0;
            var sb = new StringBuilder();
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when !reader.IsEmptyElement && (reader.Name == "b" || reader.Name == "i"):
                        Flush(parts, sb, b > 0, i > 0);
                        if (reader.Name == "b") b++;
                        else i++;
                        break;
                    case XmlNodeType.EndElement when reader.Name == "b" || reader.Name == "i":
                        Flush(parts, sb, b > 0, i > 0);
                        if (reader.Name == "b") b = Math.Max(0, b - 1);
                        else i = Math.Max(0, i - 1);
                        break;
                    case XmlNodeType.Element when !reader.IsEmptyElement && reader.Name == "a":
                        target = InternalTarget(reader.GetAttribute("href"));
                        linkStart = length;
                        break;
                    case XmlNodeType.EndElement when reader.Name == "a":
                        if (target is { } page && length > linkStart) linked.Add((linkStart, length, page));
                        target = null;
                        break;
                    case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                        sb.Append(reader.Value);
                        length += reader.Value.Length;
                        break;
                }
            }

            Flush(parts, sb, b > 0, i > 0);
        }

        var total = parts.Sum(p => p.Text.Length);
        if (total == 0) return;
        var x = left;
        foreach (var (start, end, page) in linked) links.Add(new PdfLink(left + (w * start / total), top, left + (w * end / total), top + h, page, null));
        foreach (var (text, bold, italic) in parts)
        {
            var share = w * text.Length / total;
            chunks.Add(new PdfTextChunk(x, top, share, h, text, font.Size > 0 ? font.Size : h * 0.75, bold || fontBold, italic || fontItalic, string.IsNullOrEmpty(font.Family) ? null : font.Family));
            x += share;
        }
    }

    private static void Flush(List<(string, bool, bool)> parts, StringBuilder sb, bool bold, bool italic)
    {
        if (sb.Length == 0) return;
        parts.Add((sb.ToString(), bold, italic));
        sb.Clear();
    }

    /// <summary>The page an internal link leads to: pdftohtml writes it <c>name.html#PAGE</c>; other links lead out of the file.</summary>
    private static int? InternalTarget(string? href)
    {
        if (href is null || href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return null;
        var hash = href.LastIndexOf('#');
        return hash >= 0 && int.TryParse(href.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : null;
    }

    private static double Number(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : 0;
}
