using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// Fixtures/Pdf/ruled.pdf: the report with bordered tables, and a landscape page after portrait ones holding a wide
/// bordered table with mostly empty cells, where only the ruling lines tell the columns.
/// </summary>
public sealed class PdfRuledTableTests
{
    private static readonly Lazy<LayoutDocument> Doc = new(() => new PdfReader().Read(PdfFixtures.Ruled, CancellationToken.None));

    private static List<LayoutTable> Tables => Doc.Value.Blocks.OfType<LayoutTable>().ToList();

    [Fact]
    public void BorderedTableOverTwoPagesIsOneTable()
    {
        var table = Tables[0];
        Assert.Equal(2, Tables.Count);
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(2 + 45, table.Rows.Count);
        Assert.Equal(["STT", "Đơn vị", "Danh hiệu thi đua"], table.Rows[0].Select(c => c.Text));
        Assert.Equal([2, 2, 1], table.Rows[0].Select(c => c.RowSpan));
        Assert.Equal(2, table.Rows[0][2].ColSpan);
        Assert.Equal(["45", "Thôn Bản Vằn số 45", "0", "90"], table.Rows[^1].Select(c => c.Text));
    }

    [Fact]
    public void LandscapeTableKeepsEveryColumnFromTheRules()
    {
        var table = Tables[1];
        Assert.Equal(5, table.Page);
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(["TT", "Hình thức", "Số lượng", "Trong đó ở cơ sở"], table.Rows[0].Select(c => c.Text));
        Assert.Equal([1, 1, 3, 3], table.Rows[0].Select(c => c.ColSpan));
        Assert.Equal(6, table.Rows[1].Count);
        Assert.Equal(["1", "Bằng khen loại 1", "", "1", "", "", "3", "x"], table.Rows[2].Select(c => c.Text));
        Assert.Equal(2 + 5, table.Rows.Count);
    }

    [Fact]
    public void TextAroundTheTablesStaysInOrder()
    {
        var texts = Doc.Value.Blocks.Select(b => b is LayoutParagraph p ? p.Text : "<table>").ToList();
        var i = texts.IndexOf("PHỤ LỤC: BẢNG TỔNG HỢP");
        Assert.Equal("<table>", texts[i + 1]);
        Assert.Equal("III. PHƯƠNG HƯỚNG NĂM 2024", texts[i + 2]);
        Assert.Single(Doc.Value.Footnotes);
    }
}
