using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Makes <c>w:p</c> elements with a paragraph format and runs.</summary>
public static class ParagraphFactory
{
    public static Paragraph Create(ParagraphFormat format, IEnumerable<OpenXmlElement> runs, NumberingProperties? numbering = null)
    {
        var properties = new ParagraphProperties
        {
            KeepNext = format.KeepNext ? new KeepNext() : null,
            NumberingProperties = numbering,
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Twips(format.SpacingBefore),
                After = Twips(format.SpacingAfter),
                Line = Twips(format.Line),
                LineRule = LineSpacingRuleValues.Auto,
            },
            Indentation = format.FirstLineIndent > 0 ? new Indentation { FirstLine = Twips(format.FirstLineIndent) } : null,
            Justification = new Justification { Val = format.Justification },
        };
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    public static Paragraph Empty(ParagraphFormat format) => Create(format, []);

    public static Paragraph WithSection(SectionProperties section) => new(new ParagraphProperties { SectionProperties = section });

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
