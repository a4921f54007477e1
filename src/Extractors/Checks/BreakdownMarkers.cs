namespace ThiDua.Extractors.Checks;

/// <summary>
/// The words that announce the parts of a total (<c>check-words.tsv</c>). <c>gồm</c>, <c>bao gồm</c>, <c>cụ thể</c>, <c>chia thành</c>,
/// <c>lý do</c> claim the parts are all of it; <c>trong đó</c>, <c>riêng</c> claim only that the parts are inside it.
/// </summary>
public static class BreakdownMarkers
{
    public static IEnumerable<(int Start, int End, bool Exhaustive)> Find(string text) =>
        CheckWords.Marker.Matches(text).Select(m => (m.Index, m.Index + m.Length, !m.Groups["partial"].Success));

    /// <summary>True when the text starts with a partial marker (<c>Trong đó</c>, <c>Riêng</c>).</summary>
    public static bool StartsPartial(string text) => CheckWords.PartialStart.IsMatch(text);

    /// <summary>True when a list header ends with a partial marker (<c>... Trong đó:</c>).</summary>
    public static bool EndsPartial(string text) => CheckWords.PartialEnd.IsMatch(text);
}
