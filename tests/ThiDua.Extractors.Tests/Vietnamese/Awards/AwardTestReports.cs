using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>Small Reports built in code for the award tests.</summary>
public static class AwardTestReports
{
    public static Report WithParagraphs(string issuer, params string[] paragraphs) =>
        Build(issuer, [new Section("s1", "IV.", "Công tác khen thưởng", 1, [], paragraphs.Select((p, i) => Block.Paragraph("b" + i, p, [])).ToList())], [], []);

    public static Report WithFootnote(string issuer, string footnoteText) =>
        Build(issuer, [new Section("s1", "2.1.", "Giáo dục", 1, [], [Block.Paragraph("b0", "Các trường tổ chức kiểm tra học kỳ II.", ["fn5"])])],
            [new Footnote("fn5", "5", footnoteText, ["b0"])], []);

    public static Report WithTable(Table table) =>
        Build("UBND huyện Cao Lộc", [new Section("s1", null, "TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG", 1, [], [Block.TableRef("b0", table.Id)])], [], [table]);

    /// <summary>A cell; numeric text gets its value as the pipeline would set it.</summary>
    public static Cell C(string text, int rowSpan = 1, int colSpan = 1) =>
        new(text, rowSpan, colSpan, decimal.TryParse(text.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null);

    /// <summary>The standard three header rows of the award table, with spans as in corpus/FORMAT.md.</summary>
    public static IReadOnlyList<IReadOnlyList<Cell>> StandardHeader() =>
    [
        [C("TT", 3), C("Danh hiệu thi đua và hình thức khen thưởng", 3), C("Số lượng", 1, 3), C("Trong đó đối tượng ở cơ sở, lao động trực tiếp", 1, 4)],
        [C("Tập thể", 2), C("Cá nhân", 2), C("Gia đình", 2), C("Tập thể", 1, 2), C("Cá nhân", 1, 2)],
        [C("SL"), C("%"), C("SL"), C("%")],
    ];

    /// <summary>A body row of the 9-column award table; empty strings are empty cells.</summary>
    public static IReadOnlyList<Cell> Row(params string[] cells) => cells.Select(t => C(t)).ToList();

    private static Report Build(string issuer, IReadOnlyList<Section> sections, IReadOnlyList<Footnote> footnotes, IReadOnlyList<Table> tables) =>
        new(Report.CurrentSchemaVersion, new SourceInfo("test.docx", "", "docx", null, "test", []),
            new DocumentMeta(null, "BC-UBND", "bao_cao", null, null, PartialDate.Unknown, null, issuer, null, []),
            sections, footnotes, tables, [], [], []);
}
