using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>The page header: the page number centered at the top (Decree 30), not shown on the first page.</summary>
public static class PageHeaderWriter
{
    public static string Write(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>("rId4");
        part.Header = new Header(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = StyleIds.Header },
                new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE   \\* MERGEFORMAT ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new RunProperties(new NoProof()), new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        return main.GetIdOfPart(part);
    }
}
