using CorpusMaker.Tdm;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Writes the blocks of a source document into <c>w:body</c>, with sections for landscape appendices.</summary>
public sealed class BodyBuilder(
    ParagraphWriter paragraphs,
    HeaderBlockWriter headerBlock,
    DataTableWriter tables,
    ClosingBlockWriter closing,
    SectionPlanner planner,
    SectionPropertiesFactory sections)
{
    public Body Build(TdmDocument document)
    {
        var body = new Body();
        var page = PageGeometry.Portrait;
        var firstSection = true;
        if (!document.Header.IsEmpty)
        {
            body.Append(headerBlock.Write(document.Header));
        }

        for (var i = 0; i < document.Blocks.Count; i++)
        {
            switch (document.Blocks[i])
            {
                case TdmParagraph paragraph:
                    body.Append(paragraphs.Write(paragraph));
                    break;
                case TdmTable table:
                    SeparateTables(body);
                    body.Append(tables.Write(table, page.TextWidth));
                    break;
                case TdmClosing block:
                    SeparateTables(body);
                    body.Append(closing.Write(block, page.TextWidth));
                    break;
                case TdmAppendixBreak:
                    var next = planner.GeometryAfter(document.Blocks, i);
                    if (next == page)
                    {
                        body.Append(new Paragraph(RunFactory.PageBreak()));
                    }
                    else
                    {
                        body.Append(ParagraphFactory.WithSection(sections.Create(page, firstSection)));
                        firstSection = false;
                        page = next;
                    }

                    break;
            }
        }

        if (body.LastChild is Table)
        {
            body.Append(ParagraphFactory.Empty(ParagraphFormat.Body));
        }

        body.Append(sections.Create(page, firstSection));
        return body;
    }

    /// <summary>Word joins two tables that touch; a real document has an empty paragraph between them.</summary>
    private static void SeparateTables(OpenXmlElement body)
    {
        if (body.LastChild is Table)
        {
            body.Append(ParagraphFactory.Empty(ParagraphFormat.Compact(JustificationValues.Left)));
        }
    }
}
