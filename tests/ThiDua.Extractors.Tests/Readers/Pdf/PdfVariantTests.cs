using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// The PDF variants (corpus/pdf-variants: re-written by Ghostscript or cairo, other fonts, paper and note layouts, links
/// removed), with each engine: every footnote of the Word original is found once, with its whole text (all its
/// paragraphs, over pages), and cited from exactly one place in the body. The expected notes are read from the
/// original's footnotes part directly, numbered in order of first reference as Word prints them.
/// </summary>
public sealed class PdfVariantTests
{
    private static string Folder => Path.Combine(TestPaths.Corpus, "pdf-variants");

    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        if (Directory.Exists(Folder))
        {
            foreach (var pdf in Directory.GetFiles(Folder, "*.pdf").Order(StringComparer.Ordinal))
            {
                foreach (var engine in PdfEngines.Names) data.Add(Path.GetFileName(pdf), engine);
            }
        }

        if (data.Count == 0) data.Add("", "");
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Finds_every_note_with_its_whole_text_cited_once(string variant, string engine)
    {
        if (variant.Length == 0) return;
        var expected = NotesOf(Original(variant));
        var doc = new PdfReader(PdfEngines.Create(engine), PdfReaderOptions.Default).Read(Path.Combine(Folder, variant), CancellationToken.None);

        Assert.Equal(expected.Select(n => n.Marker), doc.Footnotes.Select(n => n.Marker));
        foreach (var (note, (marker, text)) in doc.Footnotes.Zip(expected))
        {
            Assert.True(Squeezed(string.Join(" ", note.Paragraphs.Select(p => p.Text))) == Squeezed(text), $"note {marker} of {variant}: {string.Join(" / ", note.Paragraphs.Select(p => p.Text))}");
        }

        var citations = Paragraphs(doc.Blocks).SelectMany(p => p.FootnoteIds).ToList();
        Assert.Equal(doc.Footnotes.Select(n => n.Id).Order(StringComparer.Ordinal), citations.Order(StringComparer.Ordinal));
    }

    /// <summary>The variant's own DOCX when it changed the document, else the corpus report it re-wrote.</summary>
    private static string Original(string variant)
    {
        var own = Path.Combine(Folder, Path.ChangeExtension(variant, ".docx"));
        return File.Exists(own) ? own : Path.Combine(TestPaths.Corpus, "docx", variant[..3] + ".docx");
    }

    /// <summary>The footnotes of a .docx, in order of first reference, with their paragraphs' text joined.</summary>
    private static List<(string Marker, string Text)> NotesOf(string docx)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(docx);
        XDocument Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var bodies = Part("word/footnotes.xml").Root!.Elements(w + "footnote")
            .Where(f => f.Attribute(w + "type") is null)
            .ToDictionary(f => (string)f.Attribute(w + "id")!, f => string.Join(" ", f.Elements(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)))));
        var order = Part("word/document.xml").Descendants(w + "footnoteReference").Select(r => (string)r.Attribute(w + "id")!).Distinct().ToList();
        return order.Select((id, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), bodies[id])).ToList();
    }

    /// <summary>The text without any white space: where a producer breaks lines and sets spaces is not what is tested.</summary>
    private static string Squeezed(string text) =>
        new(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static IEnumerable<LayoutParagraph> Paragraphs(IEnumerable<LayoutBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is LayoutParagraph p) yield return p;
            if (block is LayoutTable t)
            {
                foreach (var inner in Paragraphs(t.Rows.SelectMany(r => r).SelectMany(c => c.Content))) yield return inner;
            }
        }
    }
}
