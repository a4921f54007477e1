using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Parquet;
using Parquet.Schema;
using Award = ThiDua.Extractors.Model.Award;
using Vocabulary = ThiDua.Extractors.Model.Vocabulary;
using ThiDua.Store.Export;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Export;

/// <summary>Each export format from a real SQLite store: the same rows everywhere, Vietnamese intact, corrections applied.</summary>
public sealed class ExportFormatTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static readonly string[] Tables = ["documents", "awards", "figures", "flags", "checks"];

    private async Task<IReadOnlyList<string>> ExportAsync(ExportFormat format, string output, ExportFilter? filter = null)
    {
        await using var store = ReportStoreFactory.Open(fixture.StorePath);
        var result = await DatasetExporter.ExportAsync(store, filter ?? new ExportFilter(), format, output);
        return result.Files;
    }

    private async Task<Dictionary<string, List<string[]>>> CsvTablesAsync(string name)
    {
        var folder = fixture.Scratch.File(name);
        await ExportAsync(ExportFormat.Csv, folder);
        return Tables.ToDictionary(t => t, t => CsvRows.Read(Path.Combine(folder, t + ".csv")));
    }

    [Fact]
    public async Task Csv_files_start_with_a_byte_order_mark_and_give_back_the_reports_vietnamese_and_awards()
    {
        var folder = fixture.Scratch.File("csv-check");
        var files = await ExportAsync(ExportFormat.Csv, folder);
        Assert.Equal(Tables.Select(t => t + ".csv"), files.Select(Path.GetFileName));
        foreach (var file in files) Assert.Equal(Encoding.UTF8.Preamble.ToArray(), File.ReadAllBytes(file)[..3]);

        var documents = CsvRows.Read(Path.Combine(folder, "documents.csv"));
        var header = documents[0].ToList();
        var issuers = documents.Skip(1).ToDictionary(r => long.Parse(r[header.IndexOf("document_id")]), r => r[header.IndexOf("issuer")]);
        foreach (var (id, report) in fixture.Reports)
        {
            Assert.Equal(id == fixture.CorrectedDocument ? ExportFixture.CorrectedIssuer : report.Document.Issuer, issuers[id]);
        }

        var awards = CsvRows.Read(Path.Combine(folder, "awards.csv"));
        var awardHeader = awards[0].ToList();
        Assert.Equal(fixture.Reports.Sum(r => r.Value.Awards.Count), awards.Count - 1);
        foreach (var row in awards.Skip(1))
        {
            var expected = fixture.CorrectedAwards(long.Parse(row[awardHeader.IndexOf("document_id")]))[int.Parse(row[awardHeader.IndexOf("award_index")])];
            Assert.Equal((expected.Code, expected.Recipient, expected.Count.ToString(), expected.Source.Quote),
                (row[awardHeader.IndexOf("award")], row[awardHeader.IndexOf("recipient")], row[awardHeader.IndexOf("count")], row[awardHeader.IndexOf("quote")]));
        }
    }

    [Fact]
    public async Task Every_xlsx_sheet_opened_by_libreoffice_gives_the_same_rows_as_the_csv_export()
    {
        var csv = await CsvTablesAsync("csv-for-xlsx");
        var xlsx = fixture.Scratch.File("dataset.xlsx");
        await ExportAsync(ExportFormat.Xlsx, xlsx);

        var sheets = LibreOffice.ConvertEachSheetToCsv(xlsx, fixture.Scratch.File("lo-xlsx"));

        Assert.Equal(Tables.Order(), sheets.Keys.Order());
        foreach (var table in Tables)
        {
            var fromLibreOffice = CsvRows.Read(sheets[table]);
            Assert.Equal(csv[table].Count, fromLibreOffice.Count);
            for (var r = 0; r < csv[table].Count; r++) Assert.Equal(csv[table][r], fromLibreOffice[r]);
        }
    }

    [Fact]
    public async Task The_xlsx_freezes_and_filters_the_header_and_writes_numbers_and_dates_as_such()
    {
        var xlsx = fixture.Scratch.File("cells.xlsx");
        await ExportAsync(ExportFormat.Xlsx, xlsx);
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().First(s => s.Name == "documents");
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1.0), (pane.State!.Value, pane.VerticalSplit!.Value));
        Assert.StartsWith("A1:", worksheet.Descendants<AutoFilter>().Single().Reference!.Value);

        var rows = worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        var corrected = rows.Skip(1).Single(r => r.Elements<Cell>().First().CellValue!.Text == fixture.CorrectedDocument.ToString());
        Cell At(Row row, string column) => row.Elements<Cell>().Single(c => c.CellReference!.Value == ColumnOf(header.IndexOf(column)) + row.RowIndex!.Value);

        var id = At(corrected, "document_id");
        Assert.Equal(CellValues.Number, id.DataType!.Value);
        var date = At(corrected, "date");
        Assert.Null(date.DataType);
        Assert.Equal(new DateTime(2024, 6, 20).ToOADate(), double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)date.StyleIndex!.Value);
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;
        Assert.Contains("yyyy", code);
    }

    private static string ColumnOf(int index) => index < 26 ? ((char)('A' + index)).ToString() : ((char)('A' + index / 26 - 1)).ToString() + (char)('A' + index % 26);

    [Fact]
    public async Task Parquet_files_read_back_with_the_same_rows_as_the_csv_export()
    {
        var csv = await CsvTablesAsync("csv-for-parquet");
        var folder = fixture.Scratch.File("parquet");
        await ExportAsync(ExportFormat.Parquet, folder);

        foreach (var table in Tables)
        {
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table + ".parquet"), new ParquetOptions { UseDateOnlyTypeForDates = true });
            var fields = reader.Schema.GetDataFields();
            Assert.Equal(csv[table][0], fields.Select(f => f.Name));
            var rows = new List<string[]>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = (int)group.RowCount;
                var columns = new List<object?[]>();
                foreach (var field in fields) columns.Add(await ReadColumnAsync(group, field, count));
                for (var r = 0; r < count; r++) rows.Add(columns.Select(c => ExportCellText.Format(c[r])).ToArray());
            }

            Assert.Equal(csv[table].Count - 1, rows.Count);
            for (var r = 0; r < rows.Count; r++) Assert.Equal(csv[table][r + 1], rows[r]);
        }
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, Parquet.Schema.DataField field, int count)
    {
        async Task<object?[]> Values<T>() where T : struct
        {
            var buffer = new T?[count];
            await group.ReadAsync<T>(field, buffer.AsMemory());
            return buffer.Select(v => (object?)v).ToArray();
        }

        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var buffer = new string?[count];
            await group.ReadAsync(field, buffer.AsMemory());
            return buffer;
        }

        return field.ClrType switch
        {
            var t when t == typeof(long) => await Values<long>(),
            var t when t == typeof(decimal) => await Values<decimal>(),
            var t when t == typeof(bool) => await Values<bool>(),
            var t when t == typeof(DateOnly) => await Values<DateOnly>(),
            var t when t == typeof(DateTime) => await Values<DateTime>(),
            var t => throw new InvalidOperationException("unexpected Parquet column type " + t),
        };
    }

    [Fact]
    public async Task Json_and_jsonl_hold_one_object_per_document_with_its_records_and_the_corrections()
    {
        var json = fixture.Scratch.File("dataset.json");
        var jsonl = fixture.Scratch.File("dataset.jsonl");
        await ExportAsync(ExportFormat.Json, json);
        await ExportAsync(ExportFormat.Jsonl, jsonl);

        using var array = JsonDocument.Parse(File.ReadAllText(json));
        var documents = array.RootElement.EnumerateArray().ToList();
        var lines = File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(fixture.Reports.Count, documents.Count);
        Assert.Equal(fixture.Reports.Count, lines.Count);
        foreach (var element in documents.Concat(lines))
        {
            var id = element.GetProperty("document").GetProperty("document_id").GetInt64();
            Assert.Equal(fixture.Reports[id].Awards.Count, element.GetProperty("awards").GetArrayLength());
            Assert.Equal(fixture.Reports[id].Flags.Count, element.GetProperty("flags").GetArrayLength());
            if (id != fixture.CorrectedDocument) continue;
            Assert.Equal(ExportFixture.CorrectedIssuer, element.GetProperty("document").GetProperty("issuer").GetString());
            Assert.Equal("2024-06-20", element.GetProperty("document").GetProperty("date").GetString());
            Assert.Equal(ExportFixture.CorrectedCount, element.GetProperty("awards")[0].GetProperty("count").GetInt32());
            Assert.True(element.GetProperty("awards")[0].GetProperty("corrected").GetBoolean());
        }
    }

    [Fact]
    public async Task A_correction_appears_in_every_format()
    {
        var csv = await CsvTablesAsync("csv-corrections");
        var awardsHeader = csv["awards"][0].ToList();
        var correctedRow = csv["awards"].Single(r => r[0] == fixture.CorrectedDocument.ToString() && r[awardsHeader.IndexOf("award_index")] == "0");
        Assert.Equal((ExportFixture.CorrectedCount.ToString(), "TRUE"), (correctedRow[awardsHeader.IndexOf("count")], correctedRow[awardsHeader.IndexOf("corrected")]));
        var flagsHeader = csv["flags"][0].ToList();
        var flag = csv["flags"].Single(r => r[0] == fixture.FlagDocument.ToString() && r[flagsHeader.IndexOf("flag_id")] == fixture.DismissedFlag);
        Assert.Equal("dismissed", flag[flagsHeader.IndexOf("review_status")]);
        Assert.All(csv["flags"].Skip(1).Where(r => r != flag), r => Assert.Equal("open", r[flagsHeader.IndexOf("review_status")]));
        var figuresHeader = csv["figures"][0].ToList();
        Assert.Equal("12345.67", csv["figures"].Single(r => r[0] == fixture.FlagDocument.ToString() && r[figuresHeader.IndexOf("figure_index")] == "0")[figuresHeader.IndexOf("value")]);

        var xlsx = fixture.Scratch.File("corrections.xlsx");
        await ExportAsync(ExportFormat.Xlsx, xlsx);
        var fromLibreOffice = CsvRows.Read(LibreOffice.ConvertEachSheetToCsv(xlsx, fixture.Scratch.File("lo-corrections"))["documents"]);
        Assert.Contains(fromLibreOffice, r => r.Contains(ExportFixture.CorrectedIssuer));

        var parquetFolder = fixture.Scratch.File("parquet-corrections");
        await ExportAsync(ExportFormat.Parquet, parquetFolder);
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(parquetFolder, "documents.parquet"));
        using var group = reader.OpenRowGroupReader(0);
        var issuers = new string?[group.RowCount];
        await group.ReadAsync(reader.Schema.GetDataFields().Single(f => f.Name == "issuer"), issuers.AsMemory());
        Assert.Contains(ExportFixture.CorrectedIssuer, issuers);

        var summary = fixture.Scratch.File("summary-corrections.xlsx");
        await ExportAsync(ExportFormat.SummaryXlsx, summary);
        var perReport = SummaryXlsxTests.ReadSheet(summary, "Theo báo cáo").Skip(1).Where(r => r[0] == fixture.CorrectedDocument.ToString());
        var sheetTotal = perReport.Sum(r => r.Skip(9).Take(3).Sum(v => v.Length == 0 ? 0 : long.Parse(v)));
        long Awarded(IEnumerable<Award> awards) => awards.Where(a => a.Status == Vocabulary.Statuses.Awarded).Sum(a => (long)a.Count);
        Assert.Equal(Awarded(fixture.CorrectedAwards(fixture.CorrectedDocument)), sheetTotal);
        Assert.NotEqual(Awarded(fixture.Reports[fixture.CorrectedDocument].Awards), sheetTotal);
    }
}
