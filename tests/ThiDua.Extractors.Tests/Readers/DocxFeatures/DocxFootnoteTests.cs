using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Footnote and endnote references and bodies.</summary>
public sealed class DocxFootnoteTests
{
    [Fact]
    public void ReferenceRunsCarryTheFootnoteIdAndNumberedMarkers()
    {
        var document = new DocxPackage
        {
            Body = P(R("Khen thưởng tập thể"), FootnoteRef(1), R(" và cá nhân"), FootnoteRef(2), R(".")),
            Footnotes = Footnote(1, "Theo Luật Thi đua, khen thưởng năm 2022.") + Footnote(2, "Theo Nghị định số 98/2023/NĐ-CP."),
        }.Read();

        var paragraph = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks));
        var references = paragraph.Runs.Where(r => r.FootnoteId is not null).ToArray();
        Assert.Equal(["fn1", "fn2"], references.Select(r => r.FootnoteId));
        Assert.Equal(["1", "2"], references.Select(r => r.Text));
        Assert.All(references, r => Assert.True(r.Format.Superscript));
        Assert.Equal("Khen thưởng tập thể và cá nhân.", paragraph.Text);
        Assert.Equal(["fn1", "fn2"], paragraph.FootnoteIds);
    }

    [Fact]
    public void MarkersFollowTheOrderOfFirstReferenceNotTheId()
    {
        var document = new DocxPackage
        {
            Body = P(R("Một"), FootnoteRef(7)) + P(R("Hai"), FootnoteRef(3)) + P(R("Lại một"), FootnoteRef(7)),
            Footnotes = Footnote(3, "Chú thích ba.") + Footnote(7, "Chú thích bảy."),
        }.Read();

        var markers = document.Blocks.OfType<LayoutParagraph>().SelectMany(p => p.Runs).Where(r => r.FootnoteId is not null)
            .Select(r => (r.FootnoteId, r.Text)).ToArray();
        Assert.Equal([("fn7", "1"), ("fn3", "2"), ("fn7", "1")], markers);
        Assert.Equal("1", document.Footnotes.Single(n => n.Id == "fn7").Marker);
        Assert.Equal("2", document.Footnotes.Single(n => n.Id == "fn3").Marker);
    }

    [Fact]
    public void FootnoteBodiesAreListedInCitationOrder()
    {
        var document = new DocxPackage
        {
            Body = P(R("Một"), FootnoteRef(7)) + P(R("Hai"), FootnoteRef(3)),
            Footnotes = Footnote(3, "Chú thích ba.") + Footnote(7, "Chú thích bảy."),
        }.Read();

        Assert.Equal(["1", "2"], document.Footnotes.Select(n => n.Marker));
    }

    [Fact]
    public void FootnoteBodyHasNoFootnoteRefMark()
    {
        var document = new DocxPackage
        {
            Body = P(R("Văn bản"), FootnoteRef(1)),
            Footnotes = Footnote(1, "Quyết định số 123/QĐ-UBND ngày 15/3/2024."),
        }.Read();

        var note = Assert.Single(document.Footnotes);
        Assert.Equal("fn1", note.Id);
        Assert.Equal("1", note.Marker);
        var paragraph = Assert.Single(note.Paragraphs);
        Assert.Equal("Quyết định số 123/QĐ-UBND ngày 15/3/2024.", paragraph.Text.Trim());
        Assert.DoesNotContain(paragraph.Runs, r => r.FootnoteId is not null);
    }

    [Fact]
    public void MultiParagraphFootnoteBodyKeepsEveryParagraph()
    {
        var document = new DocxPackage
        {
            Body = P(R("Danh sách"), FootnoteRef(1)),
            Footnotes = Footnote(1, "Gồm các đơn vị sau:", "- Phòng Nội vụ;", "- Phòng Tài chính - Kế hoạch."),
        }.Read();

        var note = Assert.Single(document.Footnotes);
        Assert.Equal(["Gồm các đơn vị sau:", "- Phòng Nội vụ;", "- Phòng Tài chính - Kế hoạch."], note.Paragraphs.Select(p => p.Text.Trim()));
    }

    [Fact]
    public void CustomMarkIsUsedAndDoesNotConsumeANumber()
    {
        var customReference = RawRun("<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"1\"/><w:t>*</w:t>", "<w:rStyle w:val=\"FootnoteReference\"/>");
        var document = new DocxPackage
        {
            Body = P(R("Đơn vị dẫn đầu"), customReference, R(" và đơn vị khác"), FootnoteRef(2)),
            Footnotes = Footnote(1, "Đề nghị tặng Cờ thi đua.") + Footnote(2, "Đề nghị tặng Bằng khen."),
        }.Read();

        var references = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs.Where(r => r.FootnoteId is not null).ToArray();
        Assert.Equal([("fn1", "*"), ("fn2", "1")], references.Select(r => (r.FootnoteId, r.Text)));
        Assert.Equal("*", document.Footnotes.Single(n => n.Id == "fn1").Marker);
        Assert.Equal("1", document.Footnotes.Single(n => n.Id == "fn2").Marker);
    }

    [Fact]
    public void SeparatorNotesAreIgnored()
    {
        var document = new DocxPackage
        {
            Body = P(R("Văn bản"), FootnoteRef(1)),
            Footnotes = Footnote(1, "Chú thích duy nhất."),
        }.Read();

        var note = Assert.Single(document.Footnotes);
        Assert.Equal("fn1", note.Id);
    }

    [Fact]
    public void UncitedFootnotesAreLeftOut()
    {
        var document = new DocxPackage
        {
            Body = P(R("Văn bản"), FootnoteRef(2)),
            Footnotes = Footnote(1, "Không được dẫn.") + Footnote(2, "Được dẫn."),
        }.Read();

        Assert.Equal("fn2", Assert.Single(document.Footnotes).Id);
    }

    [Fact]
    public void EndnotesAreMarkedInLowerRomanNumerals()
    {
        var document = new DocxPackage
        {
            Body = P(R("Kết quả"), EndnoteRef(1), R(" đạt được"), EndnoteRef(2)),
            Endnotes = Endnote(1, "Số liệu năm 2023.") + Endnote(2, "Số liệu năm 2024."),
        }.Read();

        var references = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs.Where(r => r.FootnoteId is not null).ToArray();
        Assert.Equal([("en1", "i"), ("en2", "ii")], references.Select(r => (r.FootnoteId, r.Text)));
        Assert.Equal([("en1", "i"), ("en2", "ii")], document.Footnotes.Select(n => (n.Id, n.Marker)));
        Assert.Equal("Số liệu năm 2024.", document.Footnotes[1].Paragraphs.Single().Text.Trim());
    }

    [Fact]
    public void FootnotesAndEndnotesWithTheSameIdStayApart()
    {
        var document = new DocxPackage
        {
            Body = P(R("Chú thích"), FootnoteRef(1), R(" và ghi chú cuối"), EndnoteRef(1)),
            Footnotes = Footnote(1, "Chú thích cuối trang."),
            Endnotes = Endnote(1, "Chú thích cuối văn bản."),
        }.Read();

        Assert.Equal([("fn1", "1"), ("en1", "i")], document.Footnotes.Select(n => (n.Id, n.Marker)));
        Assert.Equal("Chú thích cuối văn bản.", document.Footnotes.Single(n => n.Id == "en1").Paragraphs.Single().Text.Trim());
    }

    [Fact]
    public void ReferencesInsideTableCellsAreNumberedInReadingOrder()
    {
        var document = new DocxPackage
        {
            Body = P(R("Trước bảng"), FootnoteRef(1)) + Table(1, Row(CellOf(string.Empty, P(R("Trong bảng"), FootnoteRef(2))))) + P(R("Sau bảng"), FootnoteRef(3)),
            Footnotes = Footnote(1, "Một.") + Footnote(2, "Hai.") + Footnote(3, "Ba."),
        }.Read();

        var table = Assert.IsType<LayoutTable>(document.Blocks[1]);
        var cellParagraph = Assert.IsType<LayoutParagraph>(Assert.Single(table.Rows[0][0].Content));
        Assert.Equal("2", cellParagraph.Runs.Single(r => r.FootnoteId == "fn2").Text);
        Assert.Equal("3", Assert.IsType<LayoutParagraph>(document.Blocks[2]).Runs.Single(r => r.FootnoteId == "fn3").Text);
    }
}
