using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Labels that are age brackets in rising order (<c>từ 14 tuổi đến dưới 16 tuổi</c>, <c>từ đủ 16 đến dưới 18 tuổi</c>, <c>từ đủ 30
/// tuổi trở lên</c>): each person is in one bracket, so the counts cannot overlap; people younger than the first bracket may exist,
/// so the brackets need not be all of a total.
/// </summary>
internal static partial class AgeBrackets
{
    /// <summary>True when every label is a bracket and each starts where the one before it ends, or later.</summary>
    public static bool AreDisjoint(IReadOnlyList<string> labels)
    {
        if (labels.Count < 2) return false;
        decimal? previousEnd = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var bracket = Bracket().Match(labels[i]);
            if (!bracket.Success) return false;
            var from = decimal.Parse(bracket.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (previousEnd is { } end && from < end) return false;
            if (!bracket.Groups["to"].Success) return i == labels.Count - 1;
            previousEnd = decimal.Parse(bracket.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (previousEnd < from) return false;
        }

        return true;
    }

    [GeneratedRegex(@"^\s*từ\s+(?:đủ\s+)?(?<from>\d{1,3})(?:\s*tuổi)?\s+(?:(?:đến|tới)(?:\s+dưới)?\s+(?<to>\d{1,3})(?:\s*tuổi)?|trở lên)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bracket();
}
