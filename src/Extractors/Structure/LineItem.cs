using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// A paragraph as structure recovery sees it: clean text (automatic list label prefixed), how much of it is bold,
/// alignment, the footnotes it cites and where the bold lead ends (for run-in headings).
/// </summary>
public sealed class LineItem
{
    public LineItem(LayoutParagraph paragraph)
    {
        Paragraph = paragraph;
        var label = paragraph.Format.ListLabel;
        var body = TextNormalizer.Clean(paragraph.Text);
        Text = label is null ? body : TextNormalizer.Clean(label + " " + body);
        ListLabel = label;
        Alignment = paragraph.Format.Alignment;
        FootnoteIds = paragraph.FootnoteIds.ToArray();
        (BoldShare, BoldLead, FormattedLead) = MeasureFormatting(paragraph.Runs);
        if (label is not null) (BoldLead, FormattedLead) = (BoldLead + label.Length + 1, FormattedLead + label.Length + 1);
    }

    public LayoutParagraph Paragraph { get; }

    public string Text { get; }

    public string? ListLabel { get; }

    public ParagraphAlignment Alignment { get; }

    public IReadOnlyList<string> FootnoteIds { get; }

    /// <summary>Share of letters that are bold, 0 to 1.</summary>
    public double BoldShare { get; }

    /// <summary>Length of the leading stretch of clean text that is bold.</summary>
    public int BoldLead { get; }

    /// <summary>Length of the leading stretch of clean text that is bold or italic.</summary>
    public int FormattedLead { get; }

    public bool IsBold => BoldShare >= 0.8;

    /// <summary>A heading style (outline level) says "heading" as clearly as bold does.</summary>
    public bool HasHeadingStyle => Paragraph.Format.OutlineLevel is >= 0 and < 9;

    public bool IsCentered => Alignment == ParagraphAlignment.Center;

    public bool IsAllCaps => TextNormalizer.IsAllCaps(Text);

    public bool IsEmpty => Text.Length == 0;

    private static (double Share, int BoldLead, int FormattedLead) MeasureFormatting(IReadOnlyList<LayoutRun> runs)
    {
        int letters = 0, boldLetters = 0, boldLead = 0, formattedLead = 0;
        bool boldOpen = true, formattedOpen = true;
        var cleanLength = 0;
        var previousWasSpace = true;
        foreach (var run in runs)
        {
            if (run.FootnoteId is not null) continue;
            foreach (var c in run.Text)
            {
                var isSpace = char.IsWhiteSpace(c);
                if (isSpace && previousWasSpace) continue; // mirrors whitespace folding of TextNormalizer
                previousWasSpace = isSpace;
                cleanLength++;
                if (char.IsLetterOrDigit(c))
                {
                    letters++;
                    if (run.Format.Bold) boldLetters++;
                    boldOpen &= run.Format.Bold;
                    formattedOpen &= run.Format.Bold || run.Format.Italic;
                }

                if (boldOpen) boldLead = cleanLength;
                if (formattedOpen) formattedLead = cleanLength;
            }
        }

        return (letters == 0 ? 0 : (double)boldLetters / letters, boldLead, formattedLead);
    }
}
