namespace ThiDua.Store.Export.Renditions;

/// <summary>
/// Groups the documents of an export by report identity (<see cref="ReportIdentity"/>), so that totals count each report
/// once whatever number of renditions was ingested. The rendition that counts is the one a reviewer worked on (reviewed,
/// then in review, then the most corrections applied), else the format read most faithfully (Word, then the converted
/// formats, then PDF, then scans), else the first stored.
/// </summary>
public static class ReportRenditions
{
    /// <summary>Formats from the most faithful reading to the least; others come last.</summary>
    private static readonly string[] FormatOrder = ["docx", "doc", "rtf", "odt", "pdf", "pdf-ocr", "image-ocr"];

    /// <summary>The groups of the documents that have a report (failed extractions are left out), in the order of each group's first document.</summary>
    public static IReadOnlyList<ReportGroup> Group(IEnumerable<CleanedDocument> documents)
    {
        var groups = new List<List<CleanedDocument>>();
        var byIdentity = new Dictionary<string, List<CleanedDocument>>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Corrected is not null).OrderBy(d => d.Item.Document.Id))
        {
            var identity = ReportIdentity.Of(document.Corrected!.Report.Document);
            if (identity is not null && byIdentity.TryGetValue(identity, out var group))
            {
                group.Add(document);
                continue;
            }

            group = [document];
            groups.Add(group);
            if (identity is not null) byIdentity[identity] = group;
        }

        return groups.Select(g =>
        {
            var ordered = g.OrderBy(ReviewRank).ThenByDescending(d => d.Corrected!.AppliedCount).ThenBy(FormatRank).ThenBy(d => d.Item.Document.Id).ToList();
            return new ReportGroup(ordered[0], ordered);
        }).ToList();
    }

    private static int ReviewRank(CleanedDocument document) => document.Item.Document.ReviewState switch
    {
        ReviewStates.Reviewed => 0,
        ReviewStates.InReview => 1,
        _ => 2,
    };

    private static int FormatRank(CleanedDocument document)
    {
        var index = Array.IndexOf(FormatOrder, document.Corrected!.Report.Source.Format);
        return index < 0 ? FormatOrder.Length : index;
    }
}
