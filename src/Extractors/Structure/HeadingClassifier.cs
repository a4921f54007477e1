using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Decides whether a numbered line is a heading, a run-in heading or a paragraph (a list item).
/// With formatting known, a heading is bold (or in capitals); a run-in heading has a bold or italic lead ending in a colon.
/// Without formatting (plain renditions), a heading is a short title with no sentence inside it.
/// </summary>
public static partial class HeadingClassifier
{
    private const int MaxTitleWords = 40;
    private const int MaxRunInTitleWords = 12;
    private const int MaxPlainRunInTitleWords = 6;

    public static LineRole Classify(LineItem line, bool formattingKnown)
    {
        if (line.ListLabel is { } listLabel && IsBullet(listLabel)) return LineRole.Paragraph;
        var label = HeadingLabelParser.Parse(line.Text);
        if (label is null) return LineRole.Paragraph;
        if (label.Kind == HeadingKind.Part) return new LineRole(label, StripTitle(label.Rest), null);

        var runIn = RunInSplit(line, label, formattingKnown);
        if (runIn is not null) return runIn;

        var isHeading = line.IsAllCaps && IsTitleShaped(label.Rest)
            || (formattingKnown ? line.IsBold || line.HasHeadingStyle : IsTitleShaped(label.Rest));
        return isHeading ? new LineRole(label, StripTitle(label.Rest), null) : LineRole.Paragraph;
    }

    private static LineRole? RunInSplit(LineItem line, HeadingLabel label, bool formattingKnown)
    {
        var colon = line.Text.IndexOf(':', label.LabelLength);
        if (colon < 0 || colon >= line.Text.Length - 1) return null;
        var title = line.Text[label.LabelLength..colon].Trim();
        var rest = line.Text[(colon + 1)..].Trim();
        var titleWords = WordCount(title);
        if (titleWords == 0 || WordCount(rest) < 3 || title.Contains('.') || title.Contains(';')) return null;

        var leadIsFormatted = line.FormattedLead >= colon && line.BoldShare < 0.8;
        var fits = formattingKnown
            ? leadIsFormatted && titleWords <= MaxRunInTitleWords
            : titleWords <= MaxPlainRunInTitleWords;
        return fits ? new LineRole(label, title, rest) : null;
    }

    public static bool IsTitleShaped(string text) =>
        WordCount(text) <= MaxTitleWords && !SentenceBreak().IsMatch(text) && !text.TrimEnd().EndsWith(';') && !text.TrimEnd().EndsWith(',');

    public static string StripTitle(string text) => text.Trim().TrimEnd(':').Trim();

    private static bool IsBullet(string label) => label is "-" or "+" or "•" or "*" or "–" or "o" or "▪" or "●";

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceBreak();
}
