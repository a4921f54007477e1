using ThiDua.Extractors.Model;
using ThiDua.Store.Common;
using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>Figures compared on text, value and unit (their block ids shift with the text and are not compared).</summary>
internal static class FigureComparer
{
    private static readonly (string Name, Func<Figure, string?> Read)[] Fields =
    [
        ("text", f => f.Text),
        ("value", f => InvariantText.Of(f.Value)),
        ("unit", f => f.Unit),
    ];

    public static IReadOnlyList<RecordChange> Compare(IReadOnlyList<Figure> a, IReadOnlyList<Figure> b) =>
        RecordComparer.Compare(a, b, Fields, Similarity, f => f.Text);

    private static double Similarity(Figure x, Figure y) =>
        TextKey.Of(x.Text) == TextKey.Of(y.Text) ? 0.8 : x.Value == y.Value && x.Unit == y.Unit ? 0.6 : 0;
}
