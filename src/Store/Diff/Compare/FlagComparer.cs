using ThiDua.Extractors.Model;
using ThiDua.Store.Common;
using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>
/// Flags matched by kind and quoted claim (their ids are sequential and not compared): only in B is raised, only in A
/// resolved, matched with other numbers or severity changed.
/// </summary>
internal static class FlagComparer
{
    private const double QuoteThreshold = 0.7;

    private static readonly (string Name, Func<Flag, string?> Read)[] Fields =
    [
        ("severity", f => f.Severity),
        ("stated", f => f.Stated?.Number is { } n ? InvariantText.Of(n) : f.Stated?.Text),
        ("computed", f => InvariantText.Of(f.Computed)),
        ("tolerance", f => InvariantText.Of(f.Tolerance)),
        ("expression", f => f.Expression),
    ];

    public static IReadOnlyList<FlagChange> Compare(IReadOnlyList<Flag> a, IReadOnlyList<Flag> b)
    {
        var pairs = SequenceAligner.Align(a, b, Key, (x, y) => x.Kind == y.Kind ? TextKey.Similarity(x.Quote, y.Quote) : 0, QuoteThreshold);
        var changes = new List<FlagChange>();
        foreach (var pair in pairs)
        {
            switch (pair)
            {
                case { A: { } i, B: { } j, Exact: false }:
                    var differing = Fields.Select(f => new FieldChange(f.Name, f.Read(a[i]), f.Read(b[j]))).Where(f => TextKey.Of(f.A) != TextKey.Of(f.B)).ToList();
                    if (differing.Count > 0 || TextKey.Of(a[i].Quote) != TextKey.Of(b[j].Quote))
                    {
                        changes.Add(Make("changed", a[i], b[j], differing));
                    }

                    break;
                case { A: { } i, B: null }:
                    changes.Add(Make("resolved", a[i], null, []));
                    break;
                case { A: null, B: { } j }:
                    changes.Add(Make("raised", null, b[j], []));
                    break;
            }
        }

        return changes;
    }

    private static string Key(Flag flag) => string.Join('|', new[] { flag.Kind, TextKey.Of(flag.Quote) }.Concat(Fields.Select(f => TextKey.Of(f.Read(flag)))));

    private static FlagChange Make(string change, Flag? a, Flag? b, IReadOnlyList<FieldChange> fields)
    {
        var shown = b ?? a!;
        return new FlagChange(change, a?.Id, b?.Id, shown.Kind, shown.Severity, shown.Message, shown.Quote, fields);
    }
}
