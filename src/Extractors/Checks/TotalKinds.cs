using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// The things a total counts when its noun is a list (<c>120 tập thể và cá nhân</c>, <c>42/42 cơ quan, đơn vị, địa phương</c>):
/// parts of any listed count noun count toward it, as toward a container unit (<c>lượt</c>).
/// </summary>
internal static partial class TotalKinds
{
    /// <summary>The count nouns listed after the total's own unit, and where the list ends (the total's end when there is none).</summary>
    public static (IReadOnlySet<string> Kinds, int End) After(string text, Quantity total)
    {
        var kinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var end = total.End;
        if (total.Unit is null || UnitCatalog.Find(total.Unit)?.Kind != UnitKind.Count) return (kinds, end);
        while (Joiner().Match(text, end) is { Success: true } joiner && UnitCatalog.MatchAt(text, joiner.Index + joiner.Length) is { } next && next.Unit.Kind == UnitKind.Count)
        {
            if (next.End < text.Length && char.IsLetter(text[next.End])) break;
            kinds.Add(next.Unit.Name);
            end = next.End;
        }

        return (kinds, end);
    }

    [GeneratedRegex(@"\G\s*(?:,|và|hoặc)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();
}
