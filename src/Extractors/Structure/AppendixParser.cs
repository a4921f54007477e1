using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Parses what follows the signature: each appendix is a top-level section, opened by a <c>Phụ lục</c> line or by a
/// title in capitals that starts the appendix region or follows a finished table; its tables are captioned by its title.
/// </summary>
public sealed class AppendixParser(
    SectionTreeBuilder tree, IdAllocator ids, FootnoteCitations citations, List<Table> tables, Func<string, decimal?> cellValue, bool formattingKnown)
{
    private readonly TableConverter _tables = new(cellValue);

    /// <summary>Parses the appendix region and returns its paragraph texts.</summary>
    public List<string> Parse(IReadOnlyList<DocItem> items, int start, int end)
    {
        var paragraphs = new List<string>();
        SectionNode? current = null;
        var titleOpen = false;
        for (var i = start; i < end; i++)
        {
            switch (items[i])
            {
                case TableDocItem { Table: var layoutTable }:
                    current ??= tree.OpenTopLevel(null, string.Empty);
                    var table = _tables.Convert(layoutTable, ids.Next("t"), NullIfEmpty(current.Title), current.Numbering ?? NullIfEmpty(current.Title));
                    tables.Add(table);
                    current.Blocks.Add(Block.TableRef(ids.Next("b"), table.Id, layoutTable.Page));
                    titleOpen = false;
                    break;
                case LineDocItem { Line: var line } when !line.IsEmpty:
                    if (AppendixTitles.MatchLabel(line.Text) is { } label && line.Text.Length < 200)
                    {
                        current = tree.OpenTopLevel(label.Numbering, HeadingClassifier.StripTitle(label.Remainder));
                        titleOpen = true;
                    }
                    else if (titleOpen && AppendixTitles.ContinuesTitle(line, formattingKnown)
                        || AppendixTitles.IsTitleLine(line, formattingKnown) && (current is null || current.HasTable))
                    {
                        if (current is null || current.HasTable) current = tree.OpenTopLevel(null, line.Text);
                        else current.Title = TextNormalizer.Clean(current.Title + " " + line.Text);
                        titleOpen = true;
                    }
                    else
                    {
                        current ??= tree.OpenTopLevel(null, string.Empty);
                        var id = ids.Next("b");
                        current.Blocks.Add(Block.Paragraph(id, line.Text, citations.Cite(line.FootnoteIds, id), line.Paragraph.Page));
                        paragraphs.Add(line.Text);
                        titleOpen = false;
                    }

                    break;
            }
        }

        return paragraphs;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
