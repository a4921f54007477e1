using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>
/// Award or figure records aligned by all their compared fields in document order; a record whose identity fields agree
/// (the same award and recipient, the same figure text) is paired as changed and its differing fields listed.
/// </summary>
internal static class RecordComparer
{
    public static IReadOnlyList<RecordChange> Compare<T>(
        IReadOnlyList<T> a,
        IReadOnlyList<T> b,
        IReadOnlyList<(string Name, Func<T, string?> Read)> fields,
        Func<T, T, double> similarity,
        Func<T, string> label)
    {
        string Key(T record) => string.Join('|', fields.Select(f => TextKey.Of(f.Read(record))));
        var pairs = SequenceAligner.Align(a, b, Key, similarity, 0.5);
        var changes = new List<RecordChange>();
        foreach (var pair in pairs)
        {
            switch (pair)
            {
                case { A: { } i, B: { } j, Exact: false }:
                    var differing = fields
                        .Select(f => new FieldChange(f.Name, f.Read(a[i]), f.Read(b[j])))
                        .Where(f => TextKey.Of(f.A) != TextKey.Of(f.B))
                        .ToList();
                    if (differing.Count > 0) changes.Add(new RecordChange("changed", i, j, label(b[j]), differing));
                    break;
                case { A: { } i, B: null }:
                    changes.Add(new RecordChange("removed", i, null, label(a[i]), fields.Select(f => new FieldChange(f.Name, f.Read(a[i]), null)).Where(f => f.A is not null).ToList()));
                    break;
                case { A: null, B: { } j }:
                    changes.Add(new RecordChange("added", null, j, label(b[j]), fields.Select(f => new FieldChange(f.Name, null, f.Read(b[j]))).Where(f => f.B is not null).ToList()));
                    break;
            }
        }

        return changes;
    }
}
