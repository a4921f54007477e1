using ThiDua.Extractors.Model;
using ThiDua.Store.Export.Renditions;
using ThiDua.Store.Export.Summary;
using ThiDua.Store.Export.Xlsx;

namespace ThiDua.Store.Export.Writers;

/// <summary>
/// <c>summary-xlsx</c>: sheet <c>Tổng hợp</c> is the official TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG
/// table (the appendices' layout: TT, award, Số lượng by Tập thể / Cá nhân / Gia đình, direct workers SL and %) summed over
/// the selected reports; sheet <c>Theo báo cáo</c> gives the same sums per report, one row per report × award × basis.
/// A report ingested in several renditions (.docx, .doc, PDF) counts once (<see cref="ReportRenditions"/>).
/// </summary>
internal static class SummaryXlsxWriter
{
    public const string SummarySheet = "Tổng hợp";
    public const string PerReportSheet = "Theo báo cáo";

    public static void Write(IReadOnlyList<CleanedDocument> documents, string path)
    {
        var layout = SummaryLayout.Default;
        var reports = ReportRenditions.Group(documents).Select(g => g.Counted).ToList();
        var lines = AwardSummary.Lines(reports.SelectMany(d => d.Corrected!.Report.Awards), layout);
        OutputFile.WriteAtomically(path, stream => XlsxWorkbook.Write(stream, [SummarySheetOf(lines, reports.Count), PerReportSheetOf(reports, layout)]));
    }

    private static XlsxSheet SummarySheetOf(IReadOnlyList<SummaryLine> lines, int reportCount)
    {
        static XlsxCell B(object? value) => new(value, XlsxStyle.BoxedHeader);
        List<IReadOnlyList<XlsxCell>> rows =
        [
            [new("TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG", XlsxStyle.Title)],
            [new($"(Tổng hợp từ {reportCount} báo cáo; chỉ tính khen thưởng đã trao, không tính đề nghị / summed over {reportCount} reports; awarded only, proposals not counted)", XlsxStyle.Note)],
            [B("TT"), B("Danh hiệu thi đua và hình thức khen thưởng"), B("Số lượng"), B(null), B(null), B("Trong đó đối tượng ở cơ sở, lao động trực tiếp"), B(null), B(null), B(null)],
            [B(null), B(null), B("Tập thể"), B("Cá nhân"), B("Gia đình"), B("Tập thể"), B(null), B("Cá nhân"), B(null)],
            [B(null), B(null), B(null), B(null), B(null), B("SL"), B("%"), B("SL"), B("%")],
        ];
        foreach (var line in lines)
        {
            var (label, text) = line.Kind switch
            {
                SummaryLineKind.Group or SummaryLineKind.Total => (XlsxStyle.BoxedBold, XlsxStyle.BoxedBold),
                SummaryLineKind.Basis => (XlsxStyle.Boxed, XlsxStyle.BoxedItalic),
                _ => (XlsxStyle.Boxed, XlsxStyle.Boxed),
            };
            var c = line.Counts;
            rows.Add(
            [
                new(line.Label, label), new(line.Title, text),
                Count(c.Collectives, label), Count(c.Individuals, label), Count(c.Households, label),
                Count(c.DirectCollectives, label), new(c.DirectCollectivesPercent, XlsxStyle.BoxedPercent),
                Count(c.DirectIndividuals, label), new(c.DirectIndividualsPercent, XlsxStyle.BoxedPercent),
            ]);
        }

        return new XlsxSheet(
            SummarySheet,
            rows,
            FrozenRows: 5,
            Merges: ["A1:I1", "A2:I2", "A3:A5", "B3:B5", "C3:E3", "F3:I3", "C4:C5", "D4:D5", "E4:E5", "F4:G4", "H4:I4"],
            ColumnWidths: [6, 48, 10, 10, 10, 8, 8, 8, 8]);
    }

    /// <summary>A count cell: blank when zero or unknown, as the official forms leave empty rows blank.</summary>
    private static XlsxCell Count(long? value, XlsxStyle style) => new(value is > 0 ? value : null, style);

    private static XlsxSheet PerReportSheetOf(IReadOnlyList<CleanedDocument> reports, SummaryLayout layout)
    {
        string[] header =
        [
            "document_id", "file_name", "issuer", "year", "group", "level", "award", "award_name", "basis",
            "tap_the", "ca_nhan", "ho_gia_dinh", "tap_the_lao_dong_truc_tiep", "ca_nhan_lao_dong_truc_tiep",
        ];
        var rows = new List<IReadOnlyList<XlsxCell>> { header.Select(h => new XlsxCell(h, XlsxStyle.Header)).ToList() };
        foreach (var document in reports)
        {
            var report = document.Corrected!.Report;
            var keys = report.Awards
                .Where(a => a.Status == Vocabulary.Statuses.Awarded && a.Count > 0)
                .GroupBy(a => (Group: layout.GroupOf(a.Level), a.Level, a.Code, a.Basis))
                .OrderBy(g => layout.Groups.ToList().IndexOf(g.Key.Group)).ThenBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Basis, StringComparer.Ordinal);
            foreach (var group in keys)
            {
                var counts = group.Aggregate(SummaryCounts.Zero, (sum, a) => sum + SummaryCounts.Of(a));
                rows.Add(
                [
                    new(document.Item.Document.Id), new(document.Item.Document.FileName), new(report.Document.Issuer),
                    new((long?)(report.Document.Date.Year ?? report.Document.Period?.Year)), new(group.Key.Group.Roman), new(group.Key.Level),
                    new(group.Key.Code), new(layout.AwardTitle(group.Key.Code)), new(group.Key.Basis),
                    new(counts.Collectives), new(counts.Individuals), new(counts.Households),
                    new(counts.DirectCollectives), new(counts.DirectIndividuals),
                ]);
            }
        }

        return new XlsxSheet(PerReportSheet, rows, FrozenRows: 1, AutoFilter: true, ColumnWidths: [12, 24, 32, 8, 8, 10, 28, 36, 14, 10, 10, 12, 14, 14]);
    }
}
