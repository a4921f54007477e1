using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>Cuts text into sentences (the quotes) and folded sentences into clauses: at <c>;</c>, and at a comma before a verb that opens a new act (<c>, xét tặng</c>, <c>, trình</c>).</summary>
public static partial class ClauseSplitter
{
    private static readonly Regex VerbComma = new(
        @",\s+(?=(?:" + string.Join('|', AwardVocabulary.ClauseVerbs.OrderByDescending(v => v.Length).Select(Regex.Escape)) + @")(?![\p{L}]))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IEnumerable<string> Sentences(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var trimmed = sentence.Trim();
                if (trimmed.Length > 0) yield return trimmed;
            }
        }
    }

    public static IReadOnlyList<string> Clauses(string foldedSentence) =>
        foldedSentence.Split(';')
            .SelectMany(part => VerbComma.Split(part))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0)
            .ToList();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}\d\-+•*(“""])")]
    private static partial Regex SentenceEnd();
}
