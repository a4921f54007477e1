using CorpusMaker.Numbering;
using CorpusMaker.Tdm;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Writes the one-line paragraphs: body, type, title, headings, centered lines.</summary>
public sealed class ParagraphWriter(InlineRunWriter runs, AutoNumberingPlanner? numbering)
{
    public Paragraph Write(TdmParagraph paragraph)
    {
        if (paragraph.Kind == ParagraphKind.Heading && numbering is not null)
        {
            var plan = numbering.Plan(paragraph.Text);
            var reference = plan.Level is { } level ? NumberingPartWriter.Reference(level) : null;
            return ParagraphFactory.Create(ParagraphFormat.Heading, runs.Write(plan.Text, TextStyle.BodyBold, paragraph.Line), reference);
        }

        var (format, style) = paragraph.Kind switch
        {
            ParagraphKind.Type => (ParagraphFormat.CenteredHeading.WithSpacingBefore(360), TextStyle.BodyBold),
            ParagraphKind.Title => (ParagraphFormat.Compact(JustificationValues.Center) with { KeepNext = true }, TextStyle.BodyBold),
            ParagraphKind.Heading => (ParagraphFormat.Heading, TextStyle.BodyBold),
            ParagraphKind.HeadingCentered => (ParagraphFormat.CenteredHeading, TextStyle.BodyBold),
            ParagraphKind.Centered => (ParagraphFormat.Centered, TextStyle.Body),
            _ => (ParagraphFormat.Body, TextStyle.Body),
        };
        return ParagraphFactory.Create(format, runs.Write(paragraph.Text, style, paragraph.Line));
    }
}
