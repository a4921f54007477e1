using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Walks block-level content (body, table cells, content controls, text boxes) in reading order and emits layout blocks.
/// Text box paragraphs follow the paragraph that anchors them. Nesting deeper than a limit is flattened away with a warning.
/// </summary>
public sealed class BlockConverter(ParagraphConverter paragraphs, List<string> warnings, CancellationToken cancellationToken)
{
    private const int MaxNesting = 24;

    public List<LayoutBlock> Convert(OpenXmlElement container, int depth = 0)
    {
        var blocks = new List<LayoutBlock>();
        if (depth > MaxNesting)
        {
            warnings.Add($"Nội dung lồng quá sâu đã bị bỏ qua / Content nested deeper than {MaxNesting} levels was skipped.");
            return blocks;
        }

        foreach (var child in container.ChildElements) AddBlock(child, depth, blocks);
        return blocks;
    }

    private void AddBlock(OpenXmlElement element, int depth, List<LayoutBlock> blocks)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (element)
        {
            case Paragraph paragraph:
                blocks.Add(paragraphs.Convert(paragraph));
                foreach (var textBox in TextBoxesOf(paragraph)) blocks.AddRange(Convert(textBox, depth + 1));
                break;
            case Table table:
                blocks.Add(ConvertTable(table, depth));
                break;
            case SdtBlock or CustomXmlBlock or SdtContentBlock:
                foreach (var child in element.ChildElements) AddBlock(child, depth + 1, blocks);
                break;
            case AlternateContent alternate:
                if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                {
                    foreach (var child in choice.ChildElements) AddBlock(child, depth + 1, blocks);
                }

                break;
        }
    }

    private static IEnumerable<TextBoxContent> TextBoxesOf(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>()
            .Where(box => !box.Ancestors<AlternateContentFallback>().Any() && !box.Ancestors<TextBoxContent>().Any());

    private LayoutTable ConvertTable(Table table, int depth)
    {
        var grid = new TableGridBuilder();
        foreach (var row in RowsOf(table))
        {
            var gridBefore = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var isHeader = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } header && SafeEnum.IsOn(header.Val);
            grid.StartRow(gridBefore, isHeader);
            foreach (var cell in CellsOf(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var verticalMerge = properties?.VerticalMerge;
                if (verticalMerge is not null && SafeEnum.Get(verticalMerge.Val) != MergedCellValues.Restart)
                {
                    grid.ContinueVerticalMerge(span);
                }
                else
                {
                    grid.AddCell(Convert(cell, depth + 1), span, startsVerticalMerge: verticalMerge is not null);
                }
            }
        }

        return grid.Build();
    }

    private static IEnumerable<TableRow> RowsOf(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableRow row)
            {
                if (row.TableRowProperties?.GetFirstChild<Deleted>() is null) yield return row; // a tracked row deletion reads as accepted
            }
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
            {
                foreach (var nested in RowsOf(child)) yield return nested;
            }
        }
    }

    private static IEnumerable<TableCell> CellsOf(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
            {
                foreach (var nested in CellsOf(child)) yield return nested;
            }
        }
    }
}
