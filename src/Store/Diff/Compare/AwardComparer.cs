using ThiDua.Extractors.Model;
using ThiDua.Store.Common;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>Award records compared on their ledger fields (not their source ids, which shift with the text).</summary>
internal static class AwardComparer
{
    private static readonly (string Name, Func<Award, string?> Read)[] Fields =
    [
        ("award", a => a.Code),
        ("name", a => a.Name),
        ("level", a => a.Level),
        ("grantor", a => a.Grantor),
        ("recipient", a => a.Recipient),
        ("count", a => InvariantText.Of(a.Count)),
        ("basis", a => a.Basis),
        ("status", a => a.Status),
        ("directWorkers.count", a => InvariantText.Of(a.DirectWorkers?.Count)),
        ("directWorkers.percent", a => InvariantText.Of(a.DirectWorkers?.Percent)),
    ];

    public static IReadOnlyList<RecordChange> Compare(IReadOnlyList<Award> a, IReadOnlyList<Award> b) =>
        RecordComparer.Compare(a, b, Fields, Similarity, Label);

    /// <summary>Only the same award for the same kind of recipient can be "the same record, changed"; each further agreeing field adds.</summary>
    private static double Similarity(Award x, Award y)
    {
        if (x.Code != y.Code || x.Recipient != y.Recipient) return 0;
        var agreeing = new[] { x.Level == y.Level, x.Basis == y.Basis, x.Status == y.Status, x.Grantor == y.Grantor, x.Count == y.Count }.Count(same => same);
        return 0.5 + 0.1 * agreeing;
    }

    private static string Label(Award award) => $"{award.Name ?? award.Code} · {award.Recipient} · {award.Count}";
}
