using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Prose;

/// <summary>
/// The prose of a report in reading order: paragraphs and footnote bodies with their section paths, each cut into sentences
/// whose quantities are scanned once, on first use (<see cref="TextUnit.Sentences"/>, <see cref="Sentence.Scan"/>); and the tables with the section path where they stand,
/// each laid on its grid once (<see cref="GridOf"/>).
/// The pipeline builds it once per document, after structure, and the award, figure and check stages share it, so no text is scanned and no table laid out twice;
/// a stage must not change the sections once it is built.
/// </summary>
public sealed class ReportText
{
    // By reference: a table is a record, and hashing its cells on every lookup would cost more than the grid.
    private readonly Dictionary<Table, TableGrid> _grids = new(ReferenceEqualityComparer.Instance);

    public ReportText(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var paragraphs = new List<TextUnit>();
        var tables = new List<(Table, string)>();
        var tablesById = report.Tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Collect(report.Sections, [], paragraphs, tables, tablesById);
        Paragraphs = paragraphs;
        Tables = tables;
        var byBlock = new Dictionary<string, TextUnit>(paragraphs.Count, StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.BlockId is { } blockId) byBlock.TryAdd(blockId, paragraph);
        }

        ParagraphsByBlock = byBlock;
        Footnotes = report.Footnotes
            .Select(f => new TextUnit(f.Text, f.Refs.Select(r => byBlock.GetValueOrDefault(r)?.SectionPath).FirstOrDefault(p => p is not null) ?? string.Empty, null, f.Id, [], f.Page))
            .ToList();
    }

    /// <summary>The first paragraph unit of each block id, built once for every stage that looks paragraphs up by block.</summary>
    public IReadOnlyDictionary<string, TextUnit> ParagraphsByBlock { get; }

    /// <summary>Paragraph blocks of every section, depth first, in document order.</summary>
    public IReadOnlyList<TextUnit> Paragraphs { get; }

    /// <summary>Footnote bodies in marker order; a footnote's section path is that of the first paragraph citing it.</summary>
    public IReadOnlyList<TextUnit> Footnotes { get; }

    public IEnumerable<TextUnit> AllText => Paragraphs.Concat(Footnotes);

    public IReadOnlyList<(Table Table, string SectionPath)> Tables { get; }

    public IReadOnlyList<Sentence> SentencesOf(TextUnit unit) => unit.Sentences;

    /// <summary>The table laid on its full grid, built on first use and shared by every stage.</summary>
    public TableGrid GridOf(Table table)
    {
        if (!_grids.TryGetValue(table, out var grid)) _grids[table] = grid = new TableGrid(table);
        return grid;
    }

    public IEnumerable<Sentence> AllSentences => AllText.SelectMany(SentencesOf);

    private static void Collect(IEnumerable<Section> sections, List<string> path, List<TextUnit> paragraphs, List<(Table, string)> tables, Dictionary<string, Table> tablesById)
    {
        foreach (var section in sections)
        {
            var label = section.Numbering ?? section.Title;
            var here = string.IsNullOrWhiteSpace(label) ? path : [.. path, label.Trim()];
            var sectionPath = string.Join(" > ", here);
            foreach (var block in section.Blocks)
            {
                if (block.Kind == Block.ParagraphKind && block.Text is { } text)
                {
                    paragraphs.Add(new TextUnit(text, sectionPath, block.Id, null, block.FootnoteRefs ?? [], block.Page));
                }
                else if (block.TableId is { } tableId && tablesById.TryGetValue(tableId, out var table))
                {
                    tables.Add((table, sectionPath));
                }
            }

            Collect(section.Children, here, paragraphs, tables, tablesById);
        }
    }
}
