using ThiDua.Extractors.Model;
using ThiDua.Store.Export.Renditions;
using ThiDua.Store.Export.Tables;

namespace ThiDua.Store.Export;

/// <summary>Lays cleaned documents out as the five tables of the dataset, rows in document order then record order.</summary>
public static class DatasetBuilder
{
    public static ExportDataset Build(IReadOnlyList<CleanedDocument> documents)
    {
        var reports = documents.Where(d => d.Corrected is not null).ToList();
        var countedFor = ReportRenditions.Group(reports)
            .SelectMany(g => g.Renditions.Select(r => (r.Item.Document.Id, Counted: g.Counted.Item.Document.Id)))
            .ToDictionary(x => x.Id, x => x.Counted);
        return new ExportDataset(
            DocumentsTable.Build(documents.Select(d => new DocumentsTable.Row(d.Item, d.Corrected, countedFor.TryGetValue(d.Item.Document.Id, out var counted) ? counted : null))),
            AwardsTable.Build(reports.SelectMany(d => d.Corrected!.Report.Awards.Select((award, i) =>
            {
                var origin = d.Corrected.AwardOrigins[i];
                return new AwardsTable.Row(d.Item.Document.Id, origin, award, d.Corrected.ChangedRecords.Contains("awards/" + origin));
            }))),
            FiguresTable.Build(reports.SelectMany(d => d.Corrected!.Report.Figures.Select((figure, i) =>
            {
                var origin = d.Corrected.FigureOrigins[i];
                return new FiguresTable.Row(d.Item.Document.Id, origin, figure, d.Corrected.ChangedRecords.Contains("figures/" + origin));
            }))),
            FlagsTable.Build(reports.SelectMany(d => d.Corrected!.Report.Flags.Select(flag =>
                new FlagsTable.Row(d.Item.Document.Id, flag, d.Corrected.FlagStatus(flag.Id))))),
            ChecksTable.Build(reports.SelectMany(d => (d.Corrected!.Report.Checks ?? Array.Empty<Check>()).Select(check =>
                new ChecksTable.Row(d.Item.Document.Id, check)))));
    }
}
