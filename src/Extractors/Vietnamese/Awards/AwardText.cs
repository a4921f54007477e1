using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Folds text for matching: NFC, lower case, markup removed, tone marks of <c>oa/oe/uy</c> placed one way (<c>hoà</c> = <c>hóa</c>... as <c>hòa</c>),
/// whitespace collapsed, and the spellings of <see cref="AwardVocabulary.Canonical"/> rewritten (<c>ủy ban nhân dân</c> to <c>ubnd</c>, <c>lđtt</c> to <c>lao động tiên tiến</c>).
/// </summary>
public static partial class AwardText
{
    private static readonly IReadOnlyList<(WholeWordPhrase From, string To)> CanonicalRules =
        AwardVocabulary.Canonical.Select(rule => (new WholeWordPhrase(rule.From), rule.To)).ToList();

    public static string Fold(string text)
    {
        var folded = Nfc.Normalize(text).ToLower(CultureInfo.InvariantCulture);
        if (folded.AsSpan().IndexOfAny('<', '*') >= 0) folded = Markup().Replace(folded, " ");
        folded = ToneOnFirstVowel().Replace(folded, MoveTone);
        folded = WhiteSpace.Collapse(folded).Trim();
        foreach (var (from, to) in CanonicalRules)
        {
            folded = from.Replace(folded, to);
        }

        return folded;
    }

    /// <summary>Whether the folded phrase occurs in the folded text as whole words.</summary>
    public static bool ContainsWords(string folded, string phrase) => IndexOfWords(folded, phrase, 0) >= 0;

    /// <summary>Index of the folded phrase as whole words from start, or -1.</summary>
    public static int IndexOfWords(string folded, string phrase, int start)
    {
        for (var i = folded.IndexOf(phrase, start, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            var end = i + phrase.Length;
            var leftOk = i == 0 || !char.IsLetterOrDigit(folded[i - 1]);
            var rightOk = end >= folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (leftOk && rightOk) return i;
        }

        return -1;
    }

    private static string MoveTone(Match match)
    {
        var decomposed = match.Value[1].ToString().Normalize(NormalizationForm.FormD);
        var baseVowel = decomposed[0];
        var marks = decomposed[1..];
        return (match.Value[0] + marks).Normalize(NormalizationForm.FormC) + baseVowel;
    }

    [GeneratedRegex(@"</?i>|\*+|</?b>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"o[àáảãạèéẻẽẹ](?!\p{L})|u[ỳýỷỹỵ](?!\p{L})")]
    private static partial Regex ToneOnFirstVowel();
}
