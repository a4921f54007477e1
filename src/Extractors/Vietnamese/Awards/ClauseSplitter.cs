using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>Cuts text into sentences (the quotes) and folded sentences into clauses: at <c>;</c>, and at a comma before a verb that opens a new act (<c>, xét tặng</c>, <c>, trình</c>).</summary>
public static partial class ClauseSplitter
{
    private static readonly Regex VerbComma = new(
        @",\s+(?=(?:" + string.Join('|', AwardVocabulary.ClauseVerbs.OrderByDescending(v => v.Length).Select(Regex.Escape)) + @")(?![\p{L}]))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The sentences of a text: cut at line breaks, and at the white space after <c>. ! ? …</c> when a capital, a digit, a bullet,
    /// an opening parenthesis or quote follows (a loop: as a lookbehind pattern the engine tried every space of the text).
    /// </summary>
    public static IEnumerable<string> Sentences(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is not ('.' or '!' or '?' or '…')) continue;
                var next = i + 1;
                while (next < line.Length && char.IsWhiteSpace(line[next])) next++;
                if (next == i + 1 || next == line.Length || !OpensSentence(line[next])) continue;
                var sentence = line[start..(i + 1)].Trim();
                if (sentence.Length > 0) yield return sentence;
                start = next;
                i = next - 1;
            }

            var last = line[start..].Trim();
            if (last.Length > 0) yield return last;
        }
    }

    private static bool OpensSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '+' or '•' or '*' or '(' or '“' or '"';

    public static IReadOnlyList<string> Clauses(string foldedSentence) =>
        foldedSentence.Split(';')
            .SelectMany(part => VerbComma.Split(part))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0)
            .ToList();
}
