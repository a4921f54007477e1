using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Word tables to the HTML table model: spans, header rows, gridBefore, nesting.</summary>
public sealed class DocxTableTests
{
    private static LayoutTable ReadTable(string tableXml) =>
        Assert.IsType<LayoutTable>(Assert.Single(new DocxPackage { Body = tableXml }.Read().Blocks));

    private static string[][] Texts(LayoutTable table) => table.Rows.Select(row => row.Select(c => c.Text).ToArray()).ToArray();

    [Fact]
    public void PlainTableKeepsRowsAndCells()
    {
        var table = ReadTable(Table(
            2,
            Row(Cell("STT"), Cell("Tên đơn vị")),
            Row(Cell("1"), Cell("Phòng Nội vụ"))));

        Assert.Equal([["STT", "Tên đơn vị"], ["1", "Phòng Nội vụ"]], Texts(table));
        Assert.All(table.Rows.SelectMany(r => r), c => Assert.Equal((1, 1), (c.RowSpan, c.ColSpan)));
        Assert.Equal(0, table.HeaderRows);
    }

    [Fact]
    public void GridSpanGivesColSpan()
    {
        var table = ReadTable(Table(
            3,
            Row(Cell("Danh hiệu thi đua", "<w:gridSpan w:val=\"2\"/>"), Cell("Ghi chú")),
            Row(Cell("Tập thể"), Cell("Cá nhân"), Cell(string.Empty))));

        Assert.Equal(2, table.Rows[0][0].ColSpan);
        Assert.Equal(1, table.Rows[0][1].ColSpan);
        Assert.Equal(2, table.Rows[0].Count);
        Assert.Equal(3, table.Rows[1].Count);
    }

    [Fact]
    public void VerticalMergeRestartAndContinueGiveRowSpan()
    {
        var table = ReadTable(Table(
            2,
            Row(Cell("Huyện A", "<w:vMerge w:val=\"restart\"/>"), Cell("Xã 1")),
            Row(MergedCell(), Cell("Xã 2")),
            Row(MergedCell(), Cell("Xã 3")),
            Row(Cell("Huyện B"), Cell("Xã 4"))));

        Assert.Equal(3, table.Rows[0][0].RowSpan);
        Assert.Equal(["Xã 2"], table.Rows[1].Select(c => c.Text));
        Assert.Equal(["Xã 3"], table.Rows[2].Select(c => c.Text));
        Assert.Equal(["Huyện B", "Xã 4"], table.Rows[3].Select(c => c.Text));
        Assert.Equal(1, table.Rows[3][0].RowSpan);
    }

    [Fact]
    public void VerticalMergeInALaterColumnFindsItsOrigin()
    {
        var table = ReadTable(Table(
            3,
            Row(Cell("1"), Cell("Tên"), Cell("Ghi chú", "<w:vMerge w:val=\"restart\"/>")),
            Row(Cell("2"), Cell("Tên khác"), MergedCell())));

        Assert.Equal(2, table.Rows[0][2].RowSpan);
        Assert.Equal(["2", "Tên khác"], table.Rows[1].Select(c => c.Text));
    }

    [Fact]
    public void VerticalMergeOfASpannedCellKeepsBothSpans()
    {
        var table = ReadTable(Table(
            3,
            Row(Cell("Kết quả", "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>"), Cell("Năm 2023")),
            Row(MergedCell("<w:gridSpan w:val=\"2\"/>"), Cell("Năm 2024"))));

        Assert.Equal((2, 2), (table.Rows[0][0].RowSpan, table.Rows[0][0].ColSpan));
        Assert.Equal(["Năm 2024"], table.Rows[1].Select(c => c.Text));
    }

    [Fact]
    public void TblHeaderRowsAreCounted()
    {
        var table = ReadTable(Table(
            2,
            RowWith("<w:tblHeader/>", Cell("TT"), Cell("Nội dung")),
            RowWith("<w:tblHeader/>", Cell("(1)"), Cell("(2)")),
            Row(Cell("1"), Cell("Tuyên truyền"))));

        Assert.Equal(2, table.HeaderRows);
    }

    [Fact]
    public void TblHeaderWithValTrueAsLibreOfficeWritesItCounts()
    {
        var table = ReadTable(Table(
            2,
            RowWith("<w:cantSplit w:val=\"false\"/><w:tblHeader w:val=\"true\"/>", Cell("TT"), Cell("Nội dung")),
            Row(Cell("1"), Cell("Tuyên truyền"))));

        Assert.Equal(1, table.HeaderRows);
    }

    [Fact]
    public void TblHeaderSwitchedOffDoesNotCount()
    {
        var table = ReadTable(Table(
            2,
            RowWith("<w:tblHeader w:val=\"false\"/>", Cell("TT"), Cell("Nội dung")),
            Row(Cell("1"), Cell("Tuyên truyền"))));

        Assert.Equal(0, table.HeaderRows);
    }

    [Fact]
    public void HeaderRowsOnlyCountFromTheTop()
    {
        var table = ReadTable(Table(
            2,
            Row(Cell("Tiêu đề bảng"), Cell(string.Empty)),
            RowWith("<w:tblHeader/>", Cell("TT"), Cell("Nội dung")),
            Row(Cell("1"), Cell("Tuyên truyền"))));

        Assert.Equal(0, table.HeaderRows);
    }

    [Fact]
    public void GridBeforeShiftsTheCellsToTheRight()
    {
        // The second row skips the first grid column, so its vMerge continuation sits under "Ghi chú" (column 1).
        var table = ReadTable(Table(
            2,
            Row(Cell("Đơn vị"), Cell("Ghi chú", "<w:vMerge w:val=\"restart\"/>")),
            RowWith("<w:gridBefore w:val=\"1\"/><w:wBefore w:w=\"2000\" w:type=\"dxa\"/>", MergedCell())));

        Assert.Equal(2, table.Rows[0][1].RowSpan);
        Assert.Empty(table.Rows[1]);
    }

    [Fact]
    public void NestedTableStaysInsideItsCell()
    {
        var inner = Table(2, Row(Cell("Tập thể"), Cell("12")), Row(Cell("Cá nhân"), Cell("45")));
        var table = ReadTable(Table(
            2,
            Row(Cell("Khen thưởng"), CellOf(string.Empty, P(R("Số lượng:")), inner, "<w:p/>"))));

        var content = table.Rows[0][1].Content;
        Assert.Equal("Số lượng:", Assert.IsType<LayoutParagraph>(content[0]).Text);
        var nested = Assert.IsType<LayoutTable>(content[1]);
        Assert.Equal([["Tập thể", "12"], ["Cá nhân", "45"]], Texts(nested));
        Assert.Equal(2, table.Rows[0].Count);
        Assert.Single(table.Rows);
    }

    [Fact]
    public void VerticalMergeContinueWithoutOriginReadsAsAnEmptyCell()
    {
        var table = ReadTable(Table(
            2,
            Row(MergedCell(), Cell("Xã 1")),
            Row(Cell("Huyện"), Cell("Xã 2"))));

        Assert.Equal(2, table.Rows[0].Count);
        Assert.Equal((string.Empty, 1, 1), (table.Rows[0][0].Text, table.Rows[0][0].RowSpan, table.Rows[0][0].ColSpan));
        Assert.Equal(1, table.Rows[1][0].RowSpan);
    }

    [Fact]
    public void AnOrdinaryCellEndsAVerticalMerge()
    {
        var table = ReadTable(Table(
            1,
            Row(Cell("A", "<w:vMerge w:val=\"restart\"/>")),
            Row(Cell("B")),
            Row(MergedCell())));

        Assert.Equal(1, table.Rows[0][0].RowSpan);
        Assert.Equal("B", Assert.Single(table.Rows[1]).Text);
        Assert.Single(table.Rows[2]);
    }

    [Fact]
    public void CellWithSeveralParagraphsJoinsThemWithNewlines()
    {
        var table = ReadTable(Table(1, Row(CellOf(string.Empty, P(R("Dòng một")), P(R("Dòng hai"))))));

        Assert.Equal("Dòng một\nDòng hai", table.Rows[0][0].Text);
    }

    [Fact]
    public void TableSitsBetweenParagraphsInReadingOrder()
    {
        var document = new DocxPackage { Body = P(R("Trước")) + Table(1, Row(Cell("Giữa"))) + P(R("Sau")) }.Read();

        Assert.Collection(
            document.Blocks,
            b => Assert.Equal("Trước", Assert.IsType<LayoutParagraph>(b).Text),
            b => Assert.Equal("Giữa", Assert.IsType<LayoutTable>(b).Rows[0][0].Text),
            b => Assert.Equal("Sau", Assert.IsType<LayoutParagraph>(b).Text));
    }

    [Fact]
    public void ExplicitContinueValueMergesLikeAnEmptyVMerge()
    {
        var table = ReadTable(Table(
            1,
            Row(Cell("Huyện A", "<w:vMerge w:val=\"restart\"/>")),
            Row(CellOf("<w:vMerge w:val=\"continue\"/>", "<w:p/>"))));

        Assert.Equal(2, table.Rows[0][0].RowSpan);
        Assert.Empty(table.Rows[1]);
    }
}
