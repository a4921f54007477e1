using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// A bordered two-column table over a page break, every border drawn on both pages (as Word draws a row it lets break
/// across pages), the header repeated on the second page. Only the structure tree of a tagged PDF tells whether the
/// first row of page 2 is the rest of the last row of page 1, and whether the two pieces are one table at all.
/// </summary>
public sealed class TaggedTableJoinTests
{
    // Columns at x 100 | 200 | 400; rows at y 100 | 120 | 140 on each page.
    private static readonly List<PdfRule> Grid =
    [
        new(100, 100, 400, 100), new(100, 120, 400, 120), new(100, 140, 400, 140),
        new(100, 100, 100, 140), new(200, 100, 200, 140), new(400, 100, 400, 140),
    ];

    private static PdfTextChunk Chunk(double left, double top, string text, int table, int row, bool bold = false) =>
        new(left, top, text.Length * 5.5, 15.6, text, 12, bold, false) { StructureTable = table, StructureRow = row };

    private static List<LayoutTable> Read(int secondTable, int continuedRow)
    {
        var first = new PdfPageText(1, 595, 842,
        [
            Chunk(110, 102, "TT", 1, 1, bold: true), Chunk(210, 102, "Nội dung", 1, 1, bold: true),
            Chunk(110, 122, "1", 1, 2), Chunk(210, 122, "Kế hoạch công tác thi đua", 1, 2),
        ]);
        var second = new PdfPageText(2, 595, 842,
        [
            Chunk(110, 102, "TT", secondTable, 1, bold: true), Chunk(210, 102, "Nội dung", secondTable, 1, bold: true),
            Chunk(210, 122, "khen thưởng năm 2024", secondTable, continuedRow),
        ]);
        var doc = PdfLayoutBuilder.Build([first, second], pages => pages.ToDictionary(p => p, IReadOnlyList<PdfRule> (_) => Grid), 2);
        return doc.Blocks.OfType<LayoutTable>().ToList();
    }

    [Fact]
    public void A_row_tagged_as_one_is_rejoined_over_the_page_break()
    {
        var table = Assert.Single(Read(secondTable: 1, continuedRow: 2));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["1", "Kế hoạch công tác thi đua khen thưởng năm 2024"], table.Rows[1].Select(c => c.Text));
    }

    [Fact]
    public void A_row_tagged_apart_stays_a_row_of_its_own()
    {
        var table = Assert.Single(Read(secondTable: 1, continuedRow: 3));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["", "khen thưởng năm 2024"], table.Rows[2].Select(c => c.Text));
    }

    [Fact]
    public void Pieces_of_two_tagged_tables_stay_two_tables()
    {
        var tables = Read(secondTable: 2, continuedRow: 3);
        Assert.Equal(2, tables.Count);
        Assert.Equal(["TT", "Nội dung"], tables[1].Rows[0].Select(c => c.Text));
    }
}
