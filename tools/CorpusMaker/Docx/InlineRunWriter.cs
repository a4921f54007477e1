using System.Globalization;
using CorpusMaker.Tdm;
using DocumentFormat.OpenXml;

namespace CorpusMaker.Docx;

/// <summary>Turns text with inline markup into Word runs, footnote references included.</summary>
public sealed class InlineRunWriter(FootnoteRegistry footnotes, Diagnostics diagnostics)
{
    private readonly InlineParser parser = new();

    public IReadOnlyList<OpenXmlElement> Write(string text, TextStyle style, int line, bool allowFootnotes = true)
    {
        var runs = parser.Parse(text);
        if (parser.LeftOpen)
        {
            diagnostics.Warn(line, $"unclosed * or ** in '{Shorten(text)}'");
        }

        var elements = new List<OpenXmlElement>();
        foreach (var run in runs)
        {
            elements.Add(run.FootnoteNumber is { } number
                ? WriteReference(number, line, allowFootnotes)
                : RunFactory.Text(run.Text, style.Bold || run.Bold, style.Italic || run.Italic, style.HalfPoints, run.Superscript));
        }

        return elements;
    }

    private OpenXmlElement WriteReference(int number, int line, bool allowFootnotes)
    {
        var printed = number.ToString(CultureInfo.InvariantCulture);
        if (!allowFootnotes)
        {
            diagnostics.Warn(line, $"footnote reference [^{number}] inside a footnote; written as a superscript number");
            return RunFactory.StyledSuperscript(printed);
        }

        var (id, first) = footnotes.Reference(number, line);
        return first
            ? RunFactory.FootnoteReference(id)
            : RunFactory.StyledSuperscript(id.ToString(CultureInfo.InvariantCulture));
    }

    private static string Shorten(string text) => text.Length <= 50 ? text : text[..50] + "…";
}
