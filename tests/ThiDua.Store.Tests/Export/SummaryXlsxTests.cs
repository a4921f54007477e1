using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Award = ThiDua.Extractors.Model.Award;
using Vocabulary = ThiDua.Extractors.Model.Vocabulary;
using ThiDua.Store.Export;

namespace ThiDua.Store.Tests.Export;

/// <summary>
/// summary-xlsx: the official table's sums equal the sums of the reports' awarded records by recipient kind, computed
/// here from the award lists (corrections applied by hand), and the per-report sheet gives each report's part.
/// </summary>
public sealed class SummaryXlsxTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task The_total_row_and_each_award_row_sum_the_awarded_records_of_the_selected_reports()
    {
        var path = fixture.Scratch.File("summary.xlsx");
        await using (var store = ReportStoreFactory.Open(fixture.StorePath))
        {
            await DatasetExporter.ExportAsync(store, new ExportFilter(), ExportFormat.SummaryXlsx, path);
        }

        var awarded = fixture.Reports.Keys.SelectMany(fixture.CorrectedAwards).Where(a => a.Status == Vocabulary.Statuses.Awarded).ToList();
        long Sum(IEnumerable<Award> awards, string recipient) => awards.Where(a => a.Recipient == recipient).Sum(a => (long)a.Count);

        var rows = ReadSheet(path, "Tổng hợp");
        Assert.StartsWith("TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG", rows[0][0]);
        Assert.Equal(["TT", "Danh hiệu thi đua và hình thức khen thưởng", "Số lượng"], rows[2].Take(3));
        var total = rows.Single(r => r[1].StartsWith("TỔNG CỘNG", StringComparison.Ordinal));
        Assert.Equal(
            [Sum(awarded, Vocabulary.Recipients.TapThe), Sum(awarded, Vocabulary.Recipients.CaNhan), Sum(awarded, Vocabulary.Recipients.HoGiaDinh)],
            total.Skip(2).Take(3).Select(Number));

        var groups = rows.Where(r => r[0] is "I" or "II" or "III" or "IV" or "V").ToList();
        Assert.Contains(groups, g => g[1] == "Khen thưởng cấp Nhà nước");
        Assert.Equal(total.Skip(2).Take(3).Select(Number), new[] { 2, 3, 4 }.Select(c => groups.Sum(g => Number(g[c]))));

        var giayKhen = awarded.Where(a => a.Code == "giay_khen" && a.Level == Vocabulary.Levels.Huyen).ToList();
        var huyen = rows.FindIndex(r => r[0] == "III");
        var giayKhenRow = rows.Skip(huyen).First(r => r[1] == "Giấy khen");
        Assert.Equal(
            [Sum(giayKhen, Vocabulary.Recipients.TapThe), Sum(giayKhen, Vocabulary.Recipients.CaNhan), Sum(giayKhen, Vocabulary.Recipients.HoGiaDinh)],
            giayKhenRow.Skip(2).Take(3).Select(Number));
    }

    [Fact]
    public async Task The_per_report_sheet_gives_each_selected_report_its_own_sums_and_filters_select_the_reports()
    {
        var path = fixture.Scratch.File("summary-2024.xlsx");
        await using (var store = ReportStoreFactory.Open(fixture.StorePath))
        {
            await DatasetExporter.ExportAsync(store, new ExportFilter(Year: 2024), ExportFormat.SummaryXlsx, path);
        }

        var rows = ReadSheet(path, "Theo báo cáo");
        var header = rows[0].ToList();
        var expectedDocuments = fixture.Reports.Where(r => r.Value.Document.Date.Year == 2024 || r.Value.Document.Period?.Year == 2024).Select(r => r.Key).ToHashSet();
        var sheetDocuments = rows.Skip(1).Select(r => long.Parse(r[0])).ToHashSet();
        Assert.Equal(expectedDocuments.Where(id => fixture.CorrectedAwards(id).Any(a => a.Status == Vocabulary.Statuses.Awarded)).Order(), sheetDocuments.Order());
        foreach (var id in sheetDocuments)
        {
            var awarded = fixture.CorrectedAwards(id).Where(a => a.Status == Vocabulary.Statuses.Awarded).ToList();
            var mine = rows.Skip(1).Where(r => long.Parse(r[0]) == id).ToList();
            Assert.Equal(awarded.Where(a => a.Recipient == Vocabulary.Recipients.CaNhan).Sum(a => (long)a.Count), mine.Sum(r => Number(r[header.IndexOf("ca_nhan")])));
            Assert.Equal(awarded.Where(a => a.Recipient == Vocabulary.Recipients.TapThe).Sum(a => (long)a.Count), mine.Sum(r => Number(r[header.IndexOf("tap_the")])));
        }
    }

    private static long Number(string text) => text.Length == 0 ? 0 : long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A sheet's cells as texts by column (inline strings and number values), empty where no cell is written.</summary>
    public static List<string[]> ReadSheet(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var rows = new List<string[]>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => ColumnIndex(c.CellReference!.Value!)) + 1;
            var values = Enumerable.Repeat("", Math.Max(width, 14)).ToArray();
            foreach (var cell in cells) values[ColumnIndex(cell.CellReference!.Value!)] = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
            rows.Add(values);
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }
}
