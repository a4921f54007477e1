using System.Globalization;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Roles;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// The page pipeline: lines, document metrics, running headers and footers out, footnote areas out, tables and
/// paragraphs per page, blocks joined over page breaks, then runs with footnote links.
/// </summary>
public static class PdfLayoutBuilder
{
    public static LayoutDocument Build(IReadOnlyList<PdfPageText> pages, int pageCount) =>
        Build(pages, _ => new Dictionary<int, IReadOnlyList<PdfRule>>(), pageCount);

    /// <summary>
    /// Builds the layout. <paramref name="rulesFor"/> is asked once, for the pages whose text stands in aligned columns,
    /// for their ruling lines (the engine's second, costlier pass runs only when a page may hold a table).
    /// </summary>
    public static LayoutDocument Build(
        IReadOnlyList<PdfPageText> pages,
        Func<IReadOnlyList<int>, IReadOnlyDictionary<int, IReadOnlyList<PdfRule>>> rulesFor,
        int pageCount)
    {
        var warnings = new List<string>();
        var lines = pages.Select(LineBuilder.Build).ToList();
        var metrics = DocumentMetrics.From(lines);
        var forPage = PageMetrics(pages, lines, metrics);
        PageFurnitureFilter.Apply(pages, lines);
        if (LineRoleSwitch.Enabled && LineRoleModel.Default is { } roles) LineRoleFurnitureFilter.Apply(roles, pages, lines, metrics);
        var tablePages = pages.Where((_, p) => lines[p].Count(l => l.Segments.Count >= 2) >= 1).Select(page => page.Number).ToList();
        var rules = tablePages.Count == 0 ? new Dictionary<int, IReadOnlyList<PdfRule>>() : rulesFor(tablePages);
        IReadOnlyDictionary<int, IReadOnlyList<PdfRule>> RulesOf(IReadOnlyList<int> indexes)
        {
            var missing = indexes.Where(p => pages[p].Rules is null && !rules.ContainsKey(pages[p].Number)).Select(p => pages[p].Number).ToList();
            var more = missing.Count == 0 ? new Dictionary<int, IReadOnlyList<PdfRule>>() : rulesFor(missing);
            return indexes.ToDictionary(p => p, p => pages[p].Rules ?? rules.GetValueOrDefault(pages[p].Number) ?? more.GetValueOrDefault(pages[p].Number) ?? []);
        }

        var tables = pages.Select((page, p) => rules.TryGetValue(page.Number, out var r) ? RuledTableBuilder.Find(lines[p], r) : []).ToList();
        var linked = LinkedFootnoteReader.Extract(pages, lines);
        var cited = FootnoteCitations.Read(lines, l => !FootnoteAreaReader.IsSmall(l, metrics));
        var notes = linked.Notes.Concat(FootnoteAreaReader.Extract(pages, lines, tables, RulesOf, metrics, cited)).ToList();
        notes.AddRange(EndnoteReader.Extract(lines, cited, notes.Select(n => n.Marker).ToHashSet(StringComparer.Ordinal)));
        UniqueIds(notes);
        for (var p = 0; p < lines.Count; p++)
        {
            if (lines[p].Count == 0 && pages[p].Chunks.Count == 0)
            {
                warnings.Add($"Trang {pages[p].Number.ToString(CultureInfo.InvariantCulture)} không có văn bản (ảnh?) / page has no text (image?)");
            }
        }

        var blocks = PageJoiner.Join(lines.Select((l, p) => TableRegionFinder.Split(l, tables[p], forPage(pages[p].Number))).ToList(), forPage);
        var byMarker = notes.Where(n => !linked.Notes.Contains(n)).ToLookup(n => n.Marker);
        string? Resolve(string marker, int page)
        {
            var candidates = byMarker[marker].ToList();
            if (candidates.Count == 0) return null;
            // A note stands on the citing page or the next; a marker with one note only (endnotes) is that note.
            return (candidates.FirstOrDefault(n => n.Page == page) ?? candidates.FirstOrDefault(n => n.Page == page + 1)
                ?? (candidates is [var only] && only.Page >= page ? only : null))?.Id;
        }

        var bodyRuns = new RunBuilder(Resolve, chunk => linked.Citations.TryGetValue(chunk, out var note) ? note.Id : null);
        var centred = CentredNeighbours.Find(blocks, forPage);
        var layoutBlocks = new List<LayoutBlock>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphDraft p when ToParagraph(p.Lines, bodyRuns, forPage(p.Page), p.Page, centred.Contains(p)) is { } para:
                    layoutBlocks.Add(para);
                    break;
                case TableDraft t:
                    layoutBlocks.Add(ToTable(t, bodyRuns, forPage(t.Page)));
                    break;
            }
        }

        var noteRuns = new RunBuilder((_, _) => null);
        var footnotes = notes
            .Select(n => new LayoutFootnote(n.Id, n.Marker, FootnoteParagraphs(n, noteRuns, forPage(n.Page)), n.Page))
            .ToList();
        return new LayoutDocument(layoutBlocks, footnotes, pageCount, warnings);
    }

    /// <summary>Footnotes found both ways may share a marker and page: later ones get a numbered suffix.</summary>
    private static void UniqueIds(List<FootnoteDraft> notes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in notes)
        {
            var id = note.Id;
            for (var n = 2; !seen.Add(id); n++) id = note.Id + "-" + n.ToString(CultureInfo.InvariantCulture);
            note.Id = id;
        }
    }

    /// <summary>
    /// Metrics per page size: a landscape appendix page has its own text column, so its left and right edges and indent
    /// are measured on the pages of that size (when they hold enough lines); font size and pitch stay document-wide.
    /// </summary>
    private static Func<int, DocumentMetrics> PageMetrics(IReadOnlyList<PdfPageText> pages, List<List<PdfLine>> lines, DocumentMetrics global)
    {
        var bySize = new Dictionary<(double, double), DocumentMetrics>();
        var sizeOf = new Dictionary<int, (double, double)>();
        foreach (var group in pages.Select((page, i) => (Key: (Math.Round(page.Width), Math.Round(page.Height)), Index: i)).GroupBy(x => x.Key))
        {
            var subset = group.Select(x => (IReadOnlyList<PdfLine>)lines[x.Index]).ToList();
            var local = subset.Sum(l => l.Count) < 8 ? global : DocumentMetrics.From(subset);
            bySize[group.Key] = global with { BodyLeft = local.BodyLeft, BodyRight = local.BodyRight, Indent = local.Indent };
            foreach (var x in group) sizeOf[pages[x.Index].Number] = group.Key;
        }

        return page => sizeOf.TryGetValue(page, out var key) ? bySize[key] : global;
    }

    /// <summary>A footnote's lines cut into paragraphs by the body rules, rejoined where a page break cut one.</summary>
    private static List<LayoutParagraph> FootnoteParagraphs(FootnoteDraft note, RunBuilder runs, DocumentMetrics metrics)
    {
        var drafts = new List<ParagraphDraft>();
        foreach (var page in note.Lines.GroupBy(l => l.Page))
        {
            var split = ParagraphSplitter.Split(page.ToList(), metrics);
            if (drafts.Count > 0 && split.Count > 0 && !PageJoiner.EndsSentence(drafts[^1].LastText))
            {
                drafts[^1].Lines.AddRange(split[0].Lines);
                split.RemoveAt(0);
            }

            drafts.AddRange(split);
        }

        return drafts.Select(d => ToParagraph(d.Lines, runs, metrics, d.Page)).OfType<LayoutParagraph>().ToList();
    }

    private static LayoutParagraph? ToParagraph(IReadOnlyList<PdfLine> lines, RunBuilder runs, DocumentMetrics metrics, int page, bool centredOnOwnAxis = false)
    {
        var built = runs.Build(lines);
        if (built.Count == 0) return null;
        var alignment = AlignmentGuesser.Guess(lines, metrics);
        if (centredOnOwnAxis && alignment is ParagraphAlignment.Left or ParagraphAlignment.Unknown) alignment = ParagraphAlignment.Center;
        return new LayoutParagraph(built, ParagraphFormat.Default with { Alignment = alignment }, page);
    }

    private static LayoutTable ToTable(TableDraft table, RunBuilder runs, DocumentMetrics metrics)
    {
        var covered = new HashSet<(int Row, int Column)>();
        var rows = new List<IReadOnlyList<LayoutCell>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = new List<LayoutCell>();
            for (var c = 0; c < table.Columns.Count;)
            {
                if (covered.Contains((r, c)))
                {
                    c++;
                    continue;
                }

                var cell = table.Rows[r].FirstOrDefault(x => x.Column == c);
                if (cell is null)
                {
                    cells.Add(new LayoutCell([], 1, 1));
                    c++;
                    continue;
                }

                var span = Math.Min(cell.ColSpan, table.Columns.Count - c);
                for (var below = 1; below < cell.RowSpan; below++)
                {
                    for (var k = 0; k < span; k++) covered.Add((r + below, c + k));
                }

                var content = table.CellParagraphs ? CellParagraphs(cell.Lines, runs, metrics) : ParagraphSplitterForCell(cell.Lines, runs, metrics, table.Page);
                cells.Add(new LayoutCell(content, cell.RowSpan, span));
                c += span;
            }

            rows.Add(cells);
        }

        return new LayoutTable(rows, table.HeaderRows, table.Page);
    }

    /// <summary>
    /// The lines of a layout cell (header block, recipients, signature) are paragraphs of their own, as typed; a line
    /// continues the previous one only where it visibly wraps (lower-case start, the previous line ends with a comma, or
    /// a line without a bullet under a bulleted item in a list of them).
    /// </summary>
    private static List<LayoutBlock> CellParagraphs(List<PdfLine> lines, RunBuilder runs, DocumentMetrics metrics)
    {
        static bool Bulleted(PdfLine line) => line.Text.Length > 0 && "-+•*".Contains(line.Text[0]);
        var list = lines.Count(Bulleted) >= 2;
        var drafts = new List<List<PdfLine>>();
        foreach (var line in lines)
        {
            var text = line.Text;
            var wraps = drafts.Count > 0 && text.Length > 0 && !Bulleted(line)
                && (char.IsLower(text[0]) || drafts[^1][^1].Text.EndsWith(',') || (list && Bulleted(drafts[^1][0])));
            if (wraps) drafts[^1].Add(line);
            else drafts.Add([line]);
        }

        return drafts
            .Select(d => ToParagraph(d, runs, metrics with { BodyLeft = d.Min(l => l.Left), BodyRight = d.Max(l => l.Right), Indent = 0 }, d[0].Page))
            .OfType<LayoutBlock>()
            .ToList();
    }

    private static List<LayoutBlock> ParagraphSplitterForCell(List<PdfLine> lines, RunBuilder runs, DocumentMetrics metrics, int page) =>
        ToParagraph(lines, runs, metrics, lines.Count > 0 ? lines[0].Page : page) is { } p ? [p] : [];
}
