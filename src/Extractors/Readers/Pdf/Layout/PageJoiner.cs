namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Concatenates the pages' blocks, rejoining a paragraph cut by a page break (no sentence punctuation at the page bottom,
/// next page's first line not indented or starting in lower case) and a table continued on the next page (same columns;
/// its repeated header rows dropped; a row the page break cut, left open at the bottom of one page or the top of the
/// next, or tagged as one row, made one row again). In a tagged PDF the structure tree has the last word: two pieces of
/// different tagged tables (a table split by hand, its header typed again) stay two tables.
/// </summary>
public static partial class PageJoiner
{
    public static List<BlockDraft> Join(IReadOnlyList<List<BlockDraft>> pages, Func<int, DocumentMetrics> metrics)
    {
        var result = new List<BlockDraft>();
        foreach (var blocks in pages)
        {
            var skip = 0;
            if (result.Count > 0 && blocks.Count > 0)
            {
                if (result[^1] is ParagraphDraft p && blocks[0] is ParagraphDraft n && Continues(p, n, metrics(n.Page)))
                {
                    p.Lines.AddRange(n.Lines);
                    skip = 1;
                }
                else if (result[^1] is TableDraft t && blocks[0] is TableDraft u && SameColumns(t, u) && SameTaggedTable(t, u))
                {
                    Append(t, u);
                    skip = 1;
                }
                else if (result[^1] is TableDraft { CellParagraphs: true, Rows.Count: 1 } layout)
                {
                    skip = ContinueLayoutCell(layout, blocks);
                }
            }

            result.AddRange(blocks.Skip(skip));
        }

        return result;
    }

    private static bool Continues(ParagraphDraft prev, ParagraphDraft next, DocumentMetrics metrics)
    {
        var first = next.Lines[0];
        var last = prev.Lines[^1];
        if (last.AllBold != first.AllBold || Math.Abs(last.Size - first.Size) > 1) return false;
        if (EndsSentence(prev.LastText)) return SentenceRunsOn(last, first, metrics);
        var startsLower = first.Text.Length > 0 && char.IsLower(first.Text[0]) && !ListLabel().IsMatch(first.Text);
        return startsLower || first.Left <= metrics.BodyLeft + 0.5 * first.Size;
    }

    /// <summary>
    /// A sentence ending at the page bottom ends the paragraph unless the page left it no room to end: its last line is full
    /// (the next line's first word would not have fitted) and, in a document that indents first lines, the next page opens
    /// without an indent.
    /// </summary>
    private static bool SentenceRunsOn(PdfLine last, PdfLine first, DocumentMetrics metrics) =>
        metrics.Indent > 0 && first.Left <= metrics.BodyLeft + 0.5 * first.Size && Math.Abs(last.Size - metrics.BodySize) < 0.6
        && !ParagraphSplitter.FirstWordFits(last, first, metrics) && !ListLabel().IsMatch(first.Text) && !char.IsDigit(first.Text[0]);

    /// <summary>
    /// Lines at the top of a page, aligned with a bulleted cell of the layout table that ended the previous page and no
    /// wider than it (the recipients list running over), are more lines of that cell: bullet lines, and the wrapped rest of
    /// an item the page break cut (its last line ends without <c>;</c> or <c>.</c>). Returns how many leading blocks were taken.
    /// </summary>
    private static int ContinueLayoutCell(TableDraft layout, List<BlockDraft> blocks)
    {
        static bool Bulleted(PdfLine l) => l.Text.Length > 1 && "-+•".Contains(l.Text[0]) && l.Text[1] == ' ';
        var taken = 0;
        while (taken < blocks.Count && blocks[taken] is ParagraphDraft p)
        {
            var cell = layout.Rows[0].FirstOrDefault(c => c.Lines.Count(Bulleted) >= 2 && Math.Abs(c.Lines.Min(l => l.Left) - p.Lines.Min(l => l.Left)) < 3);
            if (cell is null || p.Lines.Any(l => l.Right > cell.Right + l.Size)) break;
            if (!Bulleted(p.Lines[0]) && EndsSentence(cell.Lines[^1].Text)) break;
            cell.Lines.AddRange(p.Lines);
            taken++;
        }

        return taken;
    }

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', '»');
        return t.Length > 0 && ".!?:;…".Contains(t[^1]);
    }

    private static bool SameTaggedTable(TableDraft a, TableDraft b) => a.StructureTable is not { } x || b.StructureTable is not { } y || x == y;

    private static bool SameColumns(TableDraft a, TableDraft b) =>
        a.Columns.Count == b.Columns.Count
        && a.Columns.Zip(b.Columns).All(p => Math.Abs((p.First.Left + p.First.Right) / 2 - (p.Second.Left + p.Second.Right) / 2) < 12);

    private static void Append(TableDraft table, TableDraft next)
    {
        var repeated = 0;
        while (repeated < next.Rows.Count - 1 && repeated < table.Rows.Count && next.RowText(repeated) == table.RowText(repeated)) repeated++;
        if (repeated > 0 && table.HeaderRows == 0) table.HeaderRows = repeated;
        var rows = next.Rows.Skip(repeated).ToList();
        var cut = table.OpenBottom || next.OpenTop || (table.StructureRow(table.Rows.Count - 1) is { } last && next.Rows.Count > repeated && next.StructureRow(repeated) == last)
            || (rows.Count > 0 && RunsOn(table.Rows[^1], rows[0]));
        if (cut && rows.Count > 0 && table.Rows.Count > table.HeaderRows)
        {
            RejoinRow(table.Rows[^1], rows[0]);
            rows.RemoveAt(0);
        }

        table.Rows.AddRange(rows);
        table.OpenBottom = next.OpenBottom;
    }

    /// <summary>
    /// A row cut by the page break with its borders drawn on both pages: the next page's first row leaves the first column
    /// (the row's number) empty where the last row has it, and its text goes on in lower case.
    /// </summary>
    private static bool RunsOn(List<CellDraft> last, List<CellDraft> first)
    {
        static bool Filled(CellDraft? c) => c is not null && c.Text.Trim().Length > 0;
        var filled = first.Where(Filled).ToList();
        return filled.Count > 0 && Filled(last.FirstOrDefault(c => c.Column == 0)) && !Filled(first.FirstOrDefault(c => c.Column == 0))
            && filled.All(c => c.Text.TrimStart() is var t && t.Length > 0 && char.IsLower(t[0]));
    }

    /// <summary>The lines of the row's second half go to the cells of its first half in the same columns.</summary>
    private static void RejoinRow(List<CellDraft> row, List<CellDraft> rest)
    {
        foreach (var cell in rest.Where(c => c.Lines.Count > 0))
        {
            var into = row.FirstOrDefault(c => c.Column <= cell.Column && cell.Column < c.Column + c.ColSpan);
            if (into is null) row.Add(cell);
            else into.Lines.AddRange(cell.Lines);
        }

        row.Sort((a, b) => a.Column.CompareTo(b.Column));
    }

    /// <summary>A lower-case list label (<c>a)</c>, <c>b.</c>, <c>đ)</c>) opens a new item, not a continuation.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-zđ][.)]\s")]
    private static partial System.Text.RegularExpressions.Regex ListLabel();
}
