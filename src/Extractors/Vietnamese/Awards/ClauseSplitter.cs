using System.Text.RegularExpressions;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>Cuts text into sentences (the quotes) and folded sentences into clauses: at <c>;</c>, and at a comma before a verb that opens a new act (<c>, xét tặng</c>, <c>, trình</c>).</summary>
public static class ClauseSplitter
{
    private static readonly Regex VerbComma = new(
        @",\s+(?=(?:" + string.Join('|', AwardVocabulary.ClauseVerbs.OrderByDescending(v => v.Length).Select(Regex.Escape)) + @")(?![\p{L}]))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The sentences of a text: cut at line breaks, and at the white space after <c>. ! ? …</c> when a capital, a digit, a bullet,
    /// an opening parenthesis or quote follows.
    /// </summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceCutter.Cut(text, c => c is '.' or '!' or '?' or '…', (_, after) => OpensSentence(after));

    private static bool OpensSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '+' or '•' or '*' or '(' or '“' or '"';

    public static IReadOnlyList<string> Clauses(string foldedSentence)
    {
        // Without a ";" or a comma the sentence is one clause: no lists built for it (short lines, headings, table-like text).
        if (foldedSentence.AsSpan().IndexOfAny(';', ',') < 0)
        {
            var whole = foldedSentence.Trim();
            return whole.Length > 0 ? [whole] : [];
        }

        return foldedSentence.Split(';')
            .SelectMany(part => VerbComma.Split(part))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0)
            .ToList();
    }
}
