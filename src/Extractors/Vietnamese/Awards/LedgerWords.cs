using ThiDua.Extractors.Knowledge;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// The words of award ledger tables (<c>Knowledge/award-ledger-words.tsv</c>): the one reader of header words, column meanings and
/// total-row words, for the award stage and the checks alike. All words are folded (<see cref="AwardText.Fold"/>) and matched as whole words.
/// </summary>
public static class LedgerWords
{
    private static readonly KnowledgeFile File = KnowledgeCatalog.AwardLedgerWords;

    public static IReadOnlyList<string> NameColumn { get; } = Words("name_column");

    public static IReadOnlyList<string> NumberColumn { get; } = Words("number_column");

    public static IReadOnlyList<(string Word, string Value)> Recipients { get; } = Pairs("recipient");

    public static IReadOnlyList<(string Word, string Value)> Statuses { get; } = Pairs("status");

    public static IReadOnlyList<(string Word, string Value)> Bases { get; } = Pairs("basis");

    public static IReadOnlyList<string> Total { get; } = Words("total");

    public static IReadOnlyList<string> Count { get; } = Words("count");

    public static IReadOnlyList<string> Direct { get; } = Words("direct");

    public static IReadOnlyList<string> Percent { get; } = Words("percent");

    public static IReadOnlyList<string> Ignored { get; } = Words("ignored");

    public static IReadOnlyList<string> Subset { get; } = Words("subset");

    /// <summary>Whether the folded text holds one of the words as whole words (<c>%</c> matches anywhere).</summary>
    public static bool Names(string folded, IReadOnlyList<string> words) =>
        words.Any(w => w.Any(char.IsLetterOrDigit) ? AwardText.ContainsWords(folded, w) : folded.Contains(w, StringComparison.Ordinal));

    /// <summary>The value of the first word of the list (longest first) the folded text holds, or null.</summary>
    public static string? ValueIn(string folded, IReadOnlyList<(string Word, string Value)> pairs) =>
        pairs.FirstOrDefault(p => AwardText.ContainsWords(folded, p.Word)).Value;

    /// <summary>Whether the folded text starts with one of the words followed by a non-letter (<c>tổng cộng (i+ii)</c>, <c>cộng:</c>).</summary>
    public static bool StartsWithAny(string folded, IReadOnlyList<string> words) =>
        words.Any(w => folded.StartsWith(w, StringComparison.Ordinal) && (folded.Length == w.Length || !char.IsLetterOrDigit(folded[w.Length])));

    private static IReadOnlyList<string> Words(string role) =>
        File.RowsOf(role).Select(r => File.Field(r, "words")).OrderByDescending(w => w.Length).ToList();

    private static IReadOnlyList<(string, string)> Pairs(string role) =>
        File.RowsOf(role).Select(r => (File.Field(r, "words"), File.Field(r, "value"))).OrderByDescending(p => p.Item1.Length).ToList();
}
