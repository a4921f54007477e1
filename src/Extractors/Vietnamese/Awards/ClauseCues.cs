using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>What a folded clause says besides its counts: proposal, confirmation, target, basis, level heading.</summary>
public static partial class ClauseCues
{
    private static readonly Regex BasisPattern = new(
        @"(?<![\p{L}])khen(?: thưởng)?(?: theo)? (?<basis>" + string.Join('|', AwardVocabulary.BasisWords.Select(b => Regex.Escape(b.Word))) + @")(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex LevelHeading = new(
        @"^[\s\-+•*]*(?:" + Regex.Escape(AwardVocabulary.LevelRow) + @"\s+)?(?<level>" + string.Join('|', AwardVocabulary.LevelWords.Select(l => Regex.Escape(l.Word))) + @")\s*(?::|$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the clause proposes (<c>đề nghị</c>, <c>trình</c>, not <c>chương trình</c>).</summary>
    public static bool IsProposal(string folded)
    {
        foreach (var cue in AwardVocabulary.ProposalCues)
        {
            for (var i = AwardText.IndexOfWords(folded, cue, 0); i >= 0; i = AwardText.IndexOfWords(folded, cue, i + 1))
            {
                var before = LastWord(folded[..i]);
                var after = FirstWord(folded[(i + cue.Length)..]);
                if (!AwardVocabulary.NotProposalBefore.Contains(before) && !AwardVocabulary.NotProposalAfter.Contains(after)) return true;
            }
        }

        return false;
    }

    public static bool IsConfirmation(string folded) => AwardVocabulary.ConfirmationCues.Any(c => AwardText.ContainsWords(folded, c));

    public static bool IsTarget(string folded) => AwardVocabulary.TargetCues.Any(c => AwardText.ContainsWords(folded, c));

    /// <summary>The basis a clause states (<c>khen thưởng chuyên đề</c>), or null.</summary>
    public static string? Basis(string folded)
    {
        var match = BasisPattern.Match(folded);
        return match.Success ? AwardVocabulary.BasisWords.First(b => b.Word == match.Groups["basis"].Value).Basis : null;
    }

    /// <summary>The basis a table sub-row label names (<c>Khen thưởng xuyên</c>, <c>Trong đó: Khen công hiến</c>), or null.</summary>
    public static string? BasisOfLabel(string folded) =>
        AwardVocabulary.BasisWords.FirstOrDefault(b => AwardText.ContainsWords(folded, b.Word)).Basis;

    /// <summary>
    /// <see cref="HeadingLevel"/> of a text as written. Only the text up to its first colon is folded: no part of the heading pattern
    /// before its closing colon can hold one, and folding never moves a colon, so the rest cannot change the answer.
    /// </summary>
    public static string? HeadingLevelOfText(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = colon >= 0 ? text[..(colon + 1)] : text;

        // The heading pattern has no digit and folding removes none, so a head with a digit is no heading (and need not be folded).
        return Digits.AnyIn(head) ? null : HeadingLevel(AwardText.Fold(head));
    }

    /// <summary>The level of a paragraph or title that opens with <c>Khen thưởng cấp huyện:</c> (or is <c>Trung ương:</c>), or null.</summary>
    public static string? HeadingLevel(string folded)
    {
        var match = LevelHeading.Match(folded);
        if (!match.Success) return null;
        var startsWithPhrase = folded.TrimStart(' ', '-', '+', '•', '*').StartsWith(AwardVocabulary.LevelRow, StringComparison.Ordinal);
        var nationalAlone = match.Groups["level"].Value == "trung ương";
        return startsWithPhrase || nationalAlone ? GrantorParser.LevelOf(match.Groups["level"].Value) : null;
    }

    private static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    private static string FirstWord(string text)
    {
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOf(' ');
        return space < 0 ? trimmed : trimmed[..space];
    }
}
