using CorpusMaker.Numbering;
using CorpusMaker.Tdm;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Writes a parsed source as a .docx package: document, styles, settings, fonts, header, footnotes, numbering, properties.</summary>
public sealed class DocxDocumentWriter(Diagnostics diagnostics, bool autoNumbering)
{
    /// <summary>Writes the package; returns a one-line note on the automatic numbering, if it was asked for.</summary>
    public string? Write(TdmDocument document, string path)
    {
        using var memory = new MemoryStream();
        string? note;
        using (var package = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            note = Fill(package, document);
        }

        ReproducibleZip.Write(memory, path, DocumentDateReader.Read(document.Header.Date));
        return note;
    }

    private string? Fill(WordprocessingDocument package, TdmDocument document)
    {
        var main = package.AddMainDocumentPart();
        package.ChangeIdOfPart(main, "rId1");
        StylesPartWriter.Write(main);
        SettingsPartWriter.Write(main);
        FontTablePartWriter.Write(main);
        var headerId = PageHeaderWriter.Write(main);

        var registry = new FootnoteRegistry(diagnostics);
        var runs = new InlineRunWriter(registry, diagnostics);
        var layout = new GridPlacer(diagnostics);
        var planner = autoNumbering ? new AutoNumberingPlanner() : null;
        var body = new BodyBuilder(
            new ParagraphWriter(runs, planner),
            new HeaderBlockWriter(runs),
            new DataTableWriter(runs, layout),
            new ClosingBlockWriter(runs),
            new SectionPlanner(new GridPlacer(new Diagnostics(diagnostics.SourcePath))),
            new SectionPropertiesFactory(headerId)).Build(document);
        main.Document = new Document(body);
        main.Document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

        new FootnotesPartWriter(runs, diagnostics).Write(main, registry, document.Footnotes);
        if (planner is not null)
        {
            NumberingPartWriter.Write(main);
        }

        PropertiesWriter.Write(package, document);
        return planner is null ? null : $"auto-numbering: {planner.NumberedCount} heading(s) numbered by Word, {planner.TypedCount} kept typed";
    }
}
