using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>
/// Paragraphs or footnotes aligned by their normalized texts (so ids that shifted after an insertion do not matter),
/// edited ones paired by word similarity and diffed word by word, and the same text removed here and added there reported
/// once as moved.
/// </summary>
internal static class TextComparer
{
    private const double EditThreshold = 0.5;

    public static IReadOnlyList<TextChange> Compare(IReadOnlyList<TextItem> a, IReadOnlyList<TextItem> b)
    {
        var pairs = SequenceAligner.Align(a, b, t => TextKey.Of(t.Text), (x, y) => TextKey.Similarity(x.Text, y.Text), EditThreshold);
        var added = pairs.Where(p => p.A is null).Select(p => p.B!.Value).ToList();
        var movedTo = new Dictionary<int, int>();
        foreach (var i in pairs.Where(p => p.B is null).Select(p => p.A!.Value))
        {
            var match = added.FindIndex(j => TextKey.Of(b[j].Text) == TextKey.Of(a[i].Text));
            if (match < 0) continue;
            movedTo[i] = added[match];
            added.RemoveAt(match);
        }

        var movedTargets = movedTo.Values.ToHashSet();
        var changes = new List<TextChange>();
        foreach (var pair in pairs)
        {
            switch (pair)
            {
                case { A: { } i, B: { } j, Exact: false }:
                    changes.Add(new TextChange("changed", a[i].Id, b[j].Id, b[j].Section ?? a[i].Section, a[i].Text, b[j].Text, WordDiff.Of(a[i].Text, b[j].Text)));
                    break;
                case { A: { } i, B: null }:
                    changes.Add(movedTo.TryGetValue(i, out var target)
                        ? new TextChange("moved", a[i].Id, b[target].Id, b[target].Section, a[i].Text, b[target].Text, null)
                        : new TextChange("removed", a[i].Id, null, a[i].Section, a[i].Text, null, null));
                    break;
                case { A: null, B: { } j } when !movedTargets.Contains(j):
                    changes.Add(new TextChange("added", null, b[j].Id, b[j].Section, null, b[j].Text, null));
                    break;
            }
        }

        return changes;
    }
}
