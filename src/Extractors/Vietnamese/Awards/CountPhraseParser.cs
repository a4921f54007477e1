using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Finds counts that say what they count in folded text: a number (<c>05</c>, <c>638/790</c> counts 638) followed by a recipient noun
/// (<see cref="AwardVocabulary.RecipientNouns"/>) or by an award name (<c>18 lao động tiên tiến</c>). <c>1.250</c> is 1250. Zero counts and bare numbers are ignored.
/// </summary>
public sealed partial class CountPhraseParser(AwardCatalog catalog)
{
    private static readonly IReadOnlyList<(string Noun, string Recipient)> Nouns =
        AwardVocabulary.RecipientNouns.Select(n => (AwardText.Fold(n.Noun), n.Recipient)).OrderByDescending(n => n.Item1.Length).ToList();

    public IReadOnlyList<CountPhrase> Find(string folded, IReadOnlyList<AwardMention> mentions)
    {
        var phrases = new List<CountPhrase>();
        foreach (Match match in Number().Matches(folded))
        {
            if (!int.TryParse(match.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count == 0) continue;
            var at = match.Index + match.Length;
            var noun = Nouns.FirstOrDefault(n => StartsWithWord(folded, at, n.Noun));
            if (noun.Noun is not null)
            {
                phrases.Add(new CountPhrase(count, noun.Recipient, null, match.Index, at + noun.Noun.Length));
                continue;
            }

            var award = mentions.FirstOrDefault(m => m.Start == at && !m.IsGeneric);
            if (award?.Code is { } code)
            {
                phrases.Add(new CountPhrase(count, catalog.Find(code)?.SingleRecipient, code, match.Index, award.End));
            }
        }

        return phrases;
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        string.CompareOrdinal(text, at, word, 0, word.Length) == 0
        && (at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]));

    [GeneratedRegex(@"(?<![\p{L}\p{N}/.,])(?<n>\d{1,3}(?:\.\d{3}){1,2}(?![.,]?\d)|\d{1,6})(?:/[\d.]{1,9})?\s+")]
    private static partial Regex Number();
}
