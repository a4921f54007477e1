using System.Globalization;
using System.Text;
using System.Xml;

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Reads Tesseract's hOCR (XHTML): the page box, and the lines (<c>ocr_line</c>, <c>ocr_header</c>, <c>ocr_caption</c>,
/// <c>ocr_textfloat</c>) with their words (<c>ocrx_word</c>) and, with <c>hocr_char_boxes=1</c>, character boxes
/// (<c>ocrx_cinfo</c>). Geometry comes from the <c>title</c> properties.
/// </summary>
internal static class HocrParser
{
    private static readonly HashSet<string> LineClasses = new(StringComparer.Ordinal) { "ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat" };

    public static (PixelBox Page, List<HocrLine> Lines) Parse(Stream hocr)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = false };
        using var reader = XmlReader.Create(hocr, settings);
        var page = default(PixelBox);
        var lines = new List<HocrLine>();
        LineDraft? line = null;
        WordDraft? word = null;
        (PixelBox Box, StringBuilder Text)? character = null;
        var depth = new Stack<string>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var cls = reader.GetAttribute("class") ?? "";
                    var title = reader.GetAttribute("title") ?? "";
                    if (cls == "ocr_page") page = Box(title) ?? page;
                    else if (LineClasses.Contains(cls) && Box(title) is { } lineBox) line = new LineDraft(lineBox, title);
                    else if (cls == "ocrx_word" && line is not null && Box(title) is { } wordBox) word = new WordDraft(wordBox, Property(title, "x_wconf") is [var conf, ..] ? conf : 0);
                    else if (cls == "ocrx_cinfo" && word is not null) character = (Bbox(title, "x_bboxes") ?? word.Box, new StringBuilder());
                    if (!reader.IsEmptyElement) depth.Push(cls);
                    break;
                }

                case XmlNodeType.Text:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    if (character is { } c) c.Text.Append(reader.Value);
                    else if (word is not null && reader.NodeType == XmlNodeType.Text) word.Text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                {
                    var cls = depth.Count > 0 ? depth.Pop() : "";
                    if (cls == "ocrx_cinfo" && character is { } done && word is not null)
                    {
                        word.Characters.Add((done.Box, done.Text.ToString()));
                        word.Text.Append(done.Text);
                        character = null;
                    }
                    else if (cls == "ocrx_word" && word is not null && line is not null)
                    {
                        var text = word.Text.ToString().Trim();
                        if (text.Length > 0) line.Words.Add(new HocrWord(word.Box, text, word.Confidence, word.Characters.ToList()));
                        word = null;
                    }
                    else if (LineClasses.Contains(cls) && line is not null)
                    {
                        if (line.Words.Count > 0) lines.Add(line.Build());
                        line = null;
                    }

                    break;
                }
            }
        }

        return (page, lines);
    }

    private static PixelBox? Box(string title) => Bbox(title, "bbox");

    private static PixelBox? Bbox(string title, string name)
    {
        var values = Property(title, name);
        return values is { Length: >= 4 } v ? new PixelBox((int)v[0], (int)v[1], (int)v[2], (int)v[3]) : null;
    }

    /// <summary>The numbers of one <c>name v1 v2 ...</c> property of an hOCR title (properties separated by ';').</summary>
    internal static double[]? Property(string title, string name)
    {
        foreach (var part in title.Split(';'))
        {
            var fields = part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || fields[0] != name) continue;
            var numbers = new double[fields.Length - 1];
            for (var i = 1; i < fields.Length; i++)
            {
                if (!double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i - 1])) return null;
            }

            return numbers;
        }

        return null;
    }

    private sealed class WordDraft(PixelBox box, double confidence)
    {
        public PixelBox Box { get; } = box;

        public double Confidence { get; } = confidence;

        public StringBuilder Text { get; } = new();

        public List<(PixelBox Box, string Text)> Characters { get; } = [];
    }

    private sealed class LineDraft(PixelBox box, string title)
    {
        public List<HocrWord> Words { get; } = [];

        public HocrLine Build()
        {
            var baseline = Property(title, "baseline") ?? [0, 0];
            var size = Property(title, "x_size") is [var s, ..] && s > 0 ? s : box.Height;
            var descenders = Property(title, "x_descenders") is [var d, ..] && d >= 0 && d < size ? d : size * 0.25;
            return new HocrLine(box, baseline.Length > 0 ? baseline[0] : 0, baseline.Length > 1 ? baseline[1] : 0, size, descenders, Words);
        }
    }
}
