using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Paragraph-level formatting: alignment, first-line indent and spacing in twips.</summary>
public sealed record ParagraphFormat(
    JustificationValues Justification,
    int FirstLineIndent,
    int SpacingBefore,
    int SpacingAfter,
    int Line,
    bool KeepNext)
{
    public const int BodyIndent = 720;
    public const int BodyLine = 288;

    public static ParagraphFormat Body { get; } = new(JustificationValues.Both, BodyIndent, 120, 0, BodyLine, false);

    public static ParagraphFormat Heading { get; } = new(JustificationValues.Both, BodyIndent, 120, 0, BodyLine, true);

    public static ParagraphFormat Centered { get; } = new(JustificationValues.Center, 0, 60, 0, BodyLine, false);

    public static ParagraphFormat CenteredHeading { get; } = new(JustificationValues.Center, 0, 120, 0, BodyLine, true);

    public static ParagraphFormat Compact(JustificationValues justification) => new(justification, 0, 0, 0, 240, false);

    public ParagraphFormat WithSpacingBefore(int before) => this with { SpacingBefore = before };
}
