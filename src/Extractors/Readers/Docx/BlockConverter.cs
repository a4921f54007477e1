using System.Xml.Linq;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Walks block-level content (body, table cells, content controls, text boxes) in reading order and emits layout blocks.
/// Text box paragraphs follow the paragraph that anchors them. Nesting deeper than a limit is flattened away with a warning.
/// </summary>
public sealed class BlockConverter(ParagraphConverter paragraphs, List<string> warnings, CancellationToken cancellationToken)
{
    private const int MaxNesting = 24;

    public List<LayoutBlock> Convert(XElement container, int depth = 0)
    {
        var blocks = new List<LayoutBlock>();
        if (depth > MaxNesting)
        {
            warnings.Add($"Nội dung lồng quá sâu đã bị bỏ qua / Content nested deeper than {MaxNesting} levels was skipped.");
            return blocks;
        }

        foreach (var child in container.Elements()) AddBlock(child, depth, blocks);
        return blocks;
    }

    private void AddBlock(XElement element, int depth, List<LayoutBlock> blocks)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = element.Name;
        if (name == W.P)
        {
            blocks.Add(paragraphs.Convert(element));
            foreach (var textBox in TextBoxes.Of(element)) blocks.AddRange(Convert(textBox, depth + 1));
        }
        else if (name == W.Tbl)
        {
            blocks.Add(ConvertTable(element, depth));
        }
        else if (name == W.Sdt || name == W.CustomXml || (name == W.SdtContent && element.Parent?.Name == W.Sdt))
        {
            foreach (var child in element.Elements()) AddBlock(child, depth + 1, blocks);
        }
        else if (name == Mc.AlternateContent)
        {
            if (element.Element(Mc.Choice) is { } choice)
            {
                foreach (var child in choice.Elements()) AddBlock(child, depth + 1, blocks);
            }
        }
    }

    private LayoutTable ConvertTable(XElement table, int depth)
    {
        var grid = new TableGridBuilder();
        foreach (var row in RowsOf(table))
        {
            var rowProperties = row.Element(W.TrPr);
            var gridBefore = WordValues.Int(WordValues.Val(rowProperties, W.GridBefore)) ?? 0;
            var isHeader = rowProperties?.Element(W.TblHeader) is { } header && WordValues.IsOn(header);
            grid.StartRow(gridBefore, isHeader);
            foreach (var cell in CellsOf(row))
            {
                var properties = cell.Element(W.TcPr);
                var span = Math.Max(1, WordValues.Int(WordValues.Val(properties, W.GridSpan)) ?? 1);
                var verticalMerge = properties?.Element(W.VMerge);
                if (verticalMerge is not null && WordValues.Val(verticalMerge) != "restart")
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

    private static IEnumerable<XElement> RowsOf(XElement container)
    {
        foreach (var child in container.Elements())
        {
            var name = child.Name;
            if (name == W.Tr)
            {
                if (child.Element(W.TrPr)?.Element(W.Del) is null) yield return child; // a tracked row deletion reads as accepted
            }
            else if (IsWrapper(child))
            {
                foreach (var nested in RowsOf(child)) yield return nested;
            }
        }
    }

    private static IEnumerable<XElement> CellsOf(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == W.Tc) yield return child;
            else if (IsWrapper(child))
            {
                foreach (var nested in CellsOf(child)) yield return nested;
            }
        }
    }

    /// <summary>A content control or custom XML element around rows or cells.</summary>
    private static bool IsWrapper(XElement element) =>
        element.Name == W.Sdt || element.Name == W.CustomXml || (element.Name == W.SdtContent && element.Parent?.Name == W.Sdt);
}
