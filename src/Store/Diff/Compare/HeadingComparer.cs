using ThiDua.Extractors.Model;
using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>
/// Headings aligned by numbering and title (longest common subsequence), then paired by title similarity inside the gaps,
/// then a removed and an added heading with the same title paired as moved. A matched pair is renamed (title changed),
/// moved (under another parent, or out of order) or renumbered (numbering only).
/// </summary>
internal static class HeadingComparer
{
    private const double TitleThreshold = 0.5;

    public static IReadOnlyList<HeadingChange> Compare(ReportOutline a, ReportOutline b)
    {
        var pairs = SequenceAligner.Align(a.Headings, b.Headings, h => TextKey.Of(ReportOutline.Title(h.Section)), (x, y) => TextKey.Similarity(x.Section.Title, y.Section.Title), TitleThreshold);
        var changes = new List<HeadingChange>();
        var removed = pairs.Where(p => p.B is null).Select(p => p.A!.Value).ToList();
        var added = pairs.Where(p => p.A is null).Select(p => p.B!.Value).ToList();
        var moved = MovedPairs(a, b, removed, added);
        var matched = new Dictionary<Section, Section>(ReferenceEqualityComparer.Instance);
        foreach (var pair in pairs.Where(p => p.A is not null && p.B is not null)) matched[a.Headings[pair.A!.Value].Section] = b.Headings[pair.B!.Value].Section;
        foreach (var (i, j) in moved) matched[a.Headings[i].Section] = b.Headings[j].Section;
        foreach (var pair in pairs)
        {
            if (pair.A is { } i && pair.B is { } j)
            {
                if (Describe(a.Headings[i], b.Headings[j], outOfOrder: false, matched) is { } change) changes.Add(change);
            }
            else if (pair.A is { } onlyA)
            {
                changes.Add(moved.TryGetValue(onlyA, out var target)
                    ? Describe(a.Headings[onlyA], b.Headings[target], outOfOrder: true, matched)!
                    : Make("removed", a.Headings[onlyA], null));
            }
            else if (!moved.ContainsValue(pair.B!.Value))
            {
                changes.Add(Make("added", null, b.Headings[pair.B!.Value]));
            }
        }

        return changes;
    }

    private static Dictionary<int, int> MovedPairs(ReportOutline a, ReportOutline b, List<int> removed, List<int> added)
    {
        var moved = new Dictionary<int, int>();
        var free = added.ToList();
        foreach (var i in removed)
        {
            var title = TextKey.Of(a.Headings[i].Section.Title);
            if (title.Length == 0) continue;
            var match = free.FindIndex(j => TextKey.Of(b.Headings[j].Section.Title) == title);
            if (match < 0) continue;
            moved[i] = free[match];
            free.RemoveAt(match);
        }

        return moved;
    }

    /// <summary>Moved when out of order, or when the parents are not a matched pair (both top-level counts as the same parent).</summary>
    private static HeadingChange? Describe(ReportOutline.Heading a, ReportOutline.Heading b, bool outOfOrder, IReadOnlyDictionary<Section, Section> matched)
    {
        var renamed = TextKey.Of(a.Section.Title) != TextKey.Of(b.Section.Title);
        var reparented = a.Parent is null
            ? b.Parent is not null
            : b.Parent is null || !matched.TryGetValue(a.Parent, out var parentInB) || !ReferenceEquals(parentInB, b.Parent);
        var renumbered = TextKey.Of(a.Section.Numbering) != TextKey.Of(b.Section.Numbering);
        var change = renamed ? "renamed" : outOfOrder || reparented ? "moved" : renumbered ? "renumbered" : null;
        return change is null ? null : Make(change, a, b);
    }

    private static HeadingChange Make(string change, ReportOutline.Heading? a, ReportOutline.Heading? b) => new(
        change,
        a?.Section.Id,
        b?.Section.Id,
        a?.Section.Numbering,
        b?.Section.Numbering,
        a?.Section.Title,
        b?.Section.Title,
        a?.Parent is null ? null : ReportOutline.Title(a.Parent),
        b?.Parent is null ? null : ReportOutline.Title(b.Parent));
}
