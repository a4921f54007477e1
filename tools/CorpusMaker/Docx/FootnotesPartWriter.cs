using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>footnotes.xml: the separator footnotes, then each referenced footnote, its body starting with <c>w:footnoteRef</c>.</summary>
public sealed class FootnotesPartWriter(InlineRunWriter runs, Diagnostics diagnostics)
{
    public const int SeparatorId = -1;
    public const int ContinuationSeparatorId = 0;

    private const int FootnoteHalfPoints = 24;

    public void Write(MainDocumentPart main, FootnoteRegistry registry, IReadOnlyDictionary<int, IReadOnlyList<string>> bodies)
    {
        var footnotes = new Footnotes(
            Separator(FootnoteEndnoteValues.Separator, SeparatorId, new SeparatorMark()),
            Separator(FootnoteEndnoteValues.ContinuationSeparator, ContinuationSeparatorId, new ContinuationSeparatorMark()));
        for (var index = 0; index < registry.Order.Count; index++)
        {
            var number = registry.Order[index];
            if (!bodies.TryGetValue(number, out var paragraphs))
            {
                diagnostics.Warn($"footnote [^{number}] is referenced but has no body");
                paragraphs = [string.Empty];
            }

            footnotes.Append(Footnote(index + 1, paragraphs));
        }

        foreach (var number in bodies.Keys.Except(registry.Order).Order())
        {
            diagnostics.Warn($"footnote [^{number}] has a body but is never referenced; left out");
        }

        main.AddNewPart<FootnotesPart>("rId5").Footnotes = footnotes;
    }

    private Footnote Footnote(long id, IReadOnlyList<string> paragraphs)
    {
        var footnote = new Footnote { Id = id };
        var style = new TextStyle(false, false, FootnoteHalfPoints);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.FootnoteText }));
            if (i == 0)
            {
                paragraph.Append(RunFactory.FootnoteReferenceMark());
                paragraph.Append(RunFactory.Text(" ", false, false, FootnoteHalfPoints));
            }

            paragraph.Append(runs.Write(paragraphs[i], style, 0, allowFootnotes: false));
            footnote.Append(paragraph);
        }

        return footnote;
    }

    private static Footnote Separator(FootnoteEndnoteValues type, long id, OpenXmlElement mark) => new(
        new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(mark)))
    {
        Type = type,
        Id = id,
    };
}
