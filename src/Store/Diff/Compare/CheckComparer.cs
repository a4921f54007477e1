using ThiDua.Extractors.Model;
using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>Recognized claims matched by kind and quote; a matched claim whose outcome or expression differs is changed.</summary>
internal static class CheckComparer
{
    private const double QuoteThreshold = 0.7;

    public static IReadOnlyList<CheckChange> Compare(IReadOnlyList<Check> a, IReadOnlyList<Check> b)
    {
        var pairs = SequenceAligner.Align(a, b, Key, (x, y) => x.Kind == y.Kind ? TextKey.Similarity(x.Quote, y.Quote) : 0, QuoteThreshold);
        var changes = new List<CheckChange>();
        foreach (var pair in pairs)
        {
            switch (pair)
            {
                case { A: { } i, B: { } j, Exact: false }:
                    changes.Add(new CheckChange("changed", a[i].Id, b[j].Id, b[j].Kind, a[i].Status, b[j].Status, b[j].Quote));
                    break;
                case { A: { } i, B: null }:
                    changes.Add(new CheckChange("removed", a[i].Id, null, a[i].Kind, a[i].Status, null, a[i].Quote));
                    break;
                case { A: null, B: { } j }:
                    changes.Add(new CheckChange("added", null, b[j].Id, b[j].Kind, null, b[j].Status, b[j].Quote));
                    break;
            }
        }

        return changes;
    }

    private static string Key(Check check) => string.Join('|', check.Kind, TextKey.Of(check.Quote), check.Status, TextKey.Of(check.Expression));
}
