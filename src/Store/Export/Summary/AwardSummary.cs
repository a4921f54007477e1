using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Summary;

/// <summary>
/// Sums award records into the lines of the official summary table. Only records with status <c>awarded</c> count (a
/// proposal is not yet an award). An award line holds all its records; its basis sub-lines ("Trong đó: Khen chuyên đề"...)
/// the part with each basis; a group line the sum of its award lines; the total line the sum of the groups.
/// Every award row of the layout is printed, with or without records; groups with no row and no record are left out.
/// </summary>
internal static class AwardSummary
{
    public static IReadOnlyList<SummaryLine> Lines(IEnumerable<Award> awards, SummaryLayout layout)
    {
        var awarded = awards.Where(a => a.Status == Vocabulary.Statuses.Awarded && a.Count > 0).ToList();
        var lines = new List<SummaryLine>();
        var total = SummaryCounts.Zero;
        var groupsShown = new List<string>();
        foreach (var group in layout.Groups)
        {
            var inGroup = awarded.Where(a => layout.GroupOf(a.Level) == group).ToList();
            var rows = layout.Rows.Where(r => r.Group == group.Roman).ToList();
            var number = rows.Select(r => int.TryParse(r.Label, out var n) ? n : 0).DefaultIfEmpty(0).Max();
            foreach (var code in inGroup.Select(a => a.Code).Distinct().Where(code => rows.All(r => r.Code != code)).Order(StringComparer.Ordinal))
            {
                rows.Add(new SummaryLayout.AwardRow(group.Roman, (++number).ToString(), code, layout.AwardTitle(code)));
            }

            if (rows.Count == 0) continue;
            var groupCounts = Sum(inGroup);
            lines.Add(new SummaryLine(SummaryLineKind.Group, group.Roman, group.Title, groupCounts));
            foreach (var row in rows)
            {
                var records = inGroup.Where(a => a.Code == row.Code).ToList();
                lines.Add(new SummaryLine(SummaryLineKind.Award, row.Label, row.Title, Sum(records), Award: row.Code));
                var first = true;
                foreach (var (basis, title) in layout.BasisTitles)
                {
                    var withBasis = records.Where(a => a.Basis == basis).ToList();
                    if (withBasis.Count == 0) continue;
                    lines.Add(new SummaryLine(SummaryLineKind.Basis, "", (first ? "Trong đó: " : "") + title, Sum(withBasis), Award: row.Code, Basis: basis));
                    first = false;
                }
            }

            total += groupCounts;
            groupsShown.Add(group.Roman);
        }

        lines.Add(new SummaryLine(SummaryLineKind.Total, "", $"TỔNG CỘNG ({string.Join(" + ", groupsShown)})", total));
        return lines;
    }

    private static SummaryCounts Sum(IEnumerable<Award> awards) => awards.Aggregate(SummaryCounts.Zero, (sum, a) => sum + SummaryCounts.Of(a));
}
