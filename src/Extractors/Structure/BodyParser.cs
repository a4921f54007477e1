using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Parses the body between the header and the closing block into the heading tree: headings from typed numbering,
/// run-in headings split into heading and first paragraph, a <c>Phần</c> heading titled by the capitalised lines after it,
/// paragraphs and tables as blocks, footnote citations recorded.
/// </summary>
public sealed class BodyParser(
    SectionTreeBuilder tree, IdAllocator ids, FootnoteCitations citations, List<Table> tables, Func<string, decimal?> cellValue, bool formattingKnown)
{
    private readonly TableConverter _tables = new(cellValue);

    public void Parse(IReadOnlyList<DocItem> items, int start, int end, List<string> paragraphTexts)
    {
        for (var i = start; i < end; i++)
        {
            switch (items[i])
            {
                case TableDocItem { Table: var layoutTable }:
                    var table = _tables.Convert(layoutTable, ids.Next("t"), null, null);
                    tables.Add(table);
                    tree.AddBlock(Block.TableRef(ids.Next("b"), table.Id, layoutTable.Page));
                    break;
                case LineDocItem { Line: var line } when !line.IsEmpty:
                    i = AddLine(items, i, end, line, paragraphTexts);
                    break;
            }
        }
    }

    /// <summary>Adds one line and returns the index of the last item it consumed.</summary>
    private int AddLine(IReadOnlyList<DocItem> items, int index, int end, LineItem line, List<string> paragraphTexts)
    {
        var role = HeadingClassifier.Classify(line, formattingKnown);
        if (!role.IsHeading)
        {
            AddParagraph(line.Text, line.FootnoteIds, line.Paragraph.Page, paragraphTexts);
            return index;
        }

        var label = role.Label!;
        var title = role.Title ?? string.Empty;
        var last = index;
        if (label.Kind == HeadingKind.Part && title.Length == 0) (title, last) = PartTitle(items, index + 1, end);

        var section = tree.OpenHeading(label.Numbering, title, (int)label.Kind);
        if (role.RunInText is { } runIn)
        {
            AddParagraph(runIn, line.FootnoteIds, line.Paragraph.Page, paragraphTexts);
        }
        else
        {
            citations.Cite(line.FootnoteIds, section.Id);
        }

        return last;
    }

    private void AddParagraph(string text, IReadOnlyList<string> footnoteIds, int? page, List<string> paragraphTexts)
    {
        var id = ids.Next("b");
        tree.AddBlock(Block.Paragraph(id, text, citations.Cite(footnoteIds, id), page));
        paragraphTexts.Add(text);
    }

    /// <summary>The capitalised (or bold centered) lines after a bare <c>Phần thứ nhất</c> line, joined.</summary>
    private (string Title, int Last) PartTitle(IReadOnlyList<DocItem> items, int start, int end)
    {
        var parts = new List<string>();
        var last = start - 1;
        for (var i = start; i < end; i++)
        {
            if (items[i] is not LineDocItem { Line: var line }) break;
            if (line.IsEmpty) continue;
            if (HeadingLabelParser.Parse(line.Text) is not null) break;
            if (!(line.IsAllCaps || formattingKnown && line.IsBold && line.IsCentered)) break;
            parts.Add(line.Text);
            last = i;
        }

        return (TextNormalizer.Clean(string.Join(" ", parts)), last);
    }
}
