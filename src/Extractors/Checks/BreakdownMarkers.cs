using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// The words that announce the parts of a total. <c>gồm</c>, <c>bao gồm</c>, <c>cụ thể</c>, <c>chia thành</c>, <c>lý do</c>
/// claim the parts are all of it; <c>trong đó</c>, <c>riêng</c> claim only that the parts are inside it.
/// </summary>
public static partial class BreakdownMarkers
{
    public static IEnumerable<(int Start, int End, bool Exhaustive)> Find(string text) =>
        Marker().Matches(text).Select(m => (m.Index, m.Index + m.Length, !m.Groups["partial"].Success));

    /// <summary>True when the text starts with a partial marker (<c>Trong đó</c>, <c>Riêng</c>).</summary>
    public static bool StartsPartial(string text) => LeadingPartial().IsMatch(text);

    /// <summary>True when a list header ends with a partial marker (<c>... Trong đó:</c>).</summary>
    public static bool EndsPartial(string text) => TrailingPartial().IsMatch(text);

    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:(?<partial>trong đó|trong số đó|riêng)|gồm có|bao gồm|gồm|cụ thể là|cụ thể|chia thành|chia làm|lý do)(?![\p{L}])\s*:?")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*[-+*•]?\s*(trong đó|trong số đó|riêng)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPartial();

    [GeneratedRegex(@"(trong đó|trong số đó)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPartial();
}
