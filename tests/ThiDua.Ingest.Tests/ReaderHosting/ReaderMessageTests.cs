using System.Text.Json;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Ingest.ReaderHosting;
using ThiDua.Ingest.Tests.Robustness;

namespace ThiDua.Ingest.Tests.ReaderHosting;

/// <summary>A layout survives the trip through a reader-process answer: paragraphs and tables by kind, runs, footnotes, deep nesting.</summary>
public sealed class ReaderMessageTests
{
    [Fact]
    public void A_real_layout_comes_back_equal_with_its_blocks_of_both_kinds()
    {
        var layout = new DocxReader().Read(Path.Combine(TestPaths.Corpus, "docx", "001.docx"), CancellationToken.None);

        var back = RoundTrip(layout);

        Assert.Equal(Serialize(layout), Serialize(back));
        Assert.Equal(layout.Blocks.Select(b => b.GetType()), back.Blocks.Select(b => b.GetType()));
        Assert.Contains(back.Blocks, b => b is LayoutTable);
        Assert.Equal(layout.Footnotes.Count, back.Footnotes.Count);
        Assert.NotEmpty(back.Footnotes);
        Assert.Equal(
            layout.Blocks.OfType<LayoutParagraph>().Select(p => p.Text),
            back.Blocks.OfType<LayoutParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Deeply_nested_tables_come_back()
    {
        using var temp = new TempFolder();
        var path = temp.File("tables.docx");
        HostileFiles.WriteDocx(path, HostileFiles.NestedTables(60));
        var layout = new DocxReader().Read(path, CancellationToken.None);

        var back = RoundTrip(layout);

        Assert.True(Depth(layout) >= 20, $"the reader kept {Depth(layout)} levels");
        Assert.Equal(Depth(layout), Depth(back));
        Assert.Equal(Serialize(layout), Serialize(back));
    }

    private static int Depth(LayoutDocument layout)
    {
        var depth = 0;
        for (var table = layout.Blocks.OfType<LayoutTable>().FirstOrDefault(); table is not null; table = table.Rows[0][0].Content.OfType<LayoutTable>().FirstOrDefault()) depth++;
        return depth;
    }

    private static LayoutDocument RoundTrip(LayoutDocument layout)
    {
        var response = JsonSerializer.Deserialize(Serialize(layout), ReaderMessageJsonContext.Default.ReaderResponse);
        return response!.Layout!;
    }

    private static byte[] Serialize(LayoutDocument layout) =>
        JsonSerializer.SerializeToUtf8Bytes(new ReaderResponse(layout, null, null), ReaderMessageJsonContext.Default.ReaderResponse);
}
