using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Tracked changes read as if accepted: insertions and moved-to text kept, deletions and moved-from text dropped.</summary>
public sealed class DocxTrackedChangeTests
{
    private const string Change = "w:author=\"Văn thư\" w:date=\"2024-12-15T08:00:00Z\"";

    private static string Deleted(string text) =>
        $"<w:del w:id=\"11\" {Change}><w:r><w:delText xml:space=\"preserve\">{text}</w:delText></w:r></w:del>";

    private static string ReadText(string body) => Assert.IsType<LayoutParagraph>(Assert.Single(new DocxPackage { Body = body }.Read().Blocks)).Text;

    [Fact]
    public void InsertedTextIsKept()
    {
        Assert.Equal("Khen thưởng đột xuất cho tập thể", ReadText(P(R("Khen thưởng "), $"<w:ins w:id=\"10\" {Change}>" + R("đột xuất ") + "</w:ins>", R("cho tập thể"))));
    }

    [Fact]
    public void DeletedTextIsDropped()
    {
        Assert.Equal("Tặng Bằng khen", ReadText(P(R("Tặng "), Deleted("Giấy khen "), Deleted("và "), R("Bằng khen"))));
    }

    [Fact]
    public void ReplacementReadsAsTheNewText()
    {
        Assert.Equal("Năm 2024", ReadText(P(R("Năm 202"), Deleted("3"), $"<w:ins w:id=\"12\" {Change}>" + R("4") + "</w:ins>")));
    }

    [Fact]
    public void MoveFromIsDroppedAndMoveToKept()
    {
        var body =
            P(
                R("Đơn vị "),
                $"<w:moveFromRangeStart w:id=\"20\" {Change} w:name=\"move1\"/><w:moveFrom w:id=\"21\" {Change}>",
                "<w:r><w:t xml:space=\"preserve\">xuất sắc </w:t></w:r>",
                "</w:moveFrom><w:moveFromRangeEnd w:id=\"20\"/>",
                R("dẫn đầu")) +
            P(
                R("Danh hiệu "),
                $"<w:moveToRangeStart w:id=\"22\" {Change} w:name=\"move1\"/><w:moveTo w:id=\"23\" {Change}>",
                R("xuất sắc"),
                "</w:moveTo><w:moveToRangeEnd w:id=\"22\"/>");

        var texts = new DocxPackage { Body = body }.Read().Blocks.OfType<LayoutParagraph>().Select(p => p.Text);

        Assert.Equal(["Đơn vị dẫn đầu", "Danh hiệu xuất sắc"], texts);
    }

    [Fact]
    public void DeletedTableRowIsDropped()
    {
        var deletedRow = $"<w:tr><w:trPr><w:del w:id=\"30\" {Change}/></w:trPr>" +
                         CellOf(string.Empty, P(Deleted("2"))) + CellOf(string.Empty, P(Deleted("Phòng Y tế"))) + "</w:tr>";
        var body = Table(2, Row(Cell("1"), Cell("Phòng Nội vụ")), deletedRow, Row(Cell("2"), Cell("Phòng Tư pháp")));

        var table = Assert.IsType<LayoutTable>(Assert.Single(new DocxPackage { Body = body }.Read().Blocks));

        Assert.Equal(["Phòng Nội vụ", "Phòng Tư pháp"], table.Rows.Select(r => r[1].Text));
    }
}
