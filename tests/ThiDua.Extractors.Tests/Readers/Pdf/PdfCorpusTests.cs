using System.Text.RegularExpressions;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// The corpus PDFs (corpus/pdf, LibreOffice exports of the reports): every footnote of the source (corpus/sources/NNN.tdm)
/// is found, once, and linked from exactly one body reference; the body keeps at least the source's paragraphs.
/// </summary>
public sealed partial class PdfCorpusTests
{
    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        var dir = Path.Combine(TestPaths.Corpus, "pdf");
        if (Directory.Exists(dir))
        {
            foreach (var f in Directory.GetFiles(dir, "*.pdf").Order()) data.Add(Path.GetFileNameWithoutExtension(f));
        }

        if (data.Count == 0) data.Add("");
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void FindsAndLinksEveryFootnote(string name)
    {
        var source = Path.Combine(TestPaths.Corpus, "sources", name + ".tdm");
        if (name.Length == 0 || !File.Exists(source)) return;
        var doc = new PdfReader().Read(Path.Combine(TestPaths.Corpus, "pdf", name + ".pdf"), CancellationToken.None);
        var expected = File.ReadLines(source).Select(l => FootnoteDefinition().Match(l.Trim())).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(expected, doc.Footnotes.Select(f => f.Marker));
        var references = Bodies(doc.Blocks).SelectMany(p => p.FootnoteIds).ToList();
        Assert.Equal(doc.Footnotes.Select(f => f.Id).Order(), references.Order());
        Assert.All(doc.Footnotes, f => Assert.NotEmpty(f.Paragraphs));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void ReadsTheBodyWithoutPageFurniture(string name)
    {
        var source = Path.Combine(TestPaths.Corpus, "sources", name + ".tdm");
        if (name.Length == 0 || !File.Exists(source)) return;
        var doc = new PdfReader().Read(Path.Combine(TestPaths.Corpus, "pdf", name + ".pdf"), CancellationToken.None);
        var paragraphs = doc.Blocks.OfType<LayoutParagraph>().ToList();
        var sourceParagraphs = SourceBodyParagraphs(File.ReadLines(source));
        Assert.InRange(paragraphs.Count, sourceParagraphs * 0.9, sourceParagraphs * 1.15);
        Assert.DoesNotContain(paragraphs, p => LonePageNumber().IsMatch(p.Text));
    }

    /// <summary>Body paragraph lines of a .tdm source (headings included): not header-block directives, not footnote bodies, not inside a ::block.</summary>
    private static int SourceBodyParagraphs(IEnumerable<string> lines)
    {
        var count = 0;
        var inBlock = false;
        foreach (var l in lines.Select(x => x.Trim()).Where(x => x.Length > 0))
        {
            if (l.StartsWith("::", StringComparison.Ordinal)) inBlock = l != "::end";
            else if (!inBlock && !HeaderDirective().IsMatch(l) && !l.StartsWith("[^", StringComparison.Ordinal)) count++;
        }

        return count;
    }

    private static IEnumerable<LayoutParagraph> Bodies(IEnumerable<LayoutBlock> blocks)
    {
        foreach (var b in blocks)
        {
            if (b is LayoutParagraph p) yield return p;
            if (b is LayoutTable t)
            {
                foreach (var inner in Bodies(t.Rows.SelectMany(r => r).SelectMany(c => c.Content))) yield return inner;
            }
        }
    }

    [GeneratedRegex(@"^\[\^(\d+)\]:")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"^@(issuer|number|motto|date|appendix)\b")]
    private static partial Regex HeaderDirective();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex LonePageNumber();
}
