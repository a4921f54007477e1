namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Builds a table from a region of lines: column gutters are x-ranges that (almost) no multi-segment line covers, so a
/// header cell spanning several columns does not erase them; a segment covering several columns gets a column span.
/// Leading all-bold lines are header rows (a header cell with nothing below it spans down); below them a line starts a
/// new row when it has text in the first column (or, in tables whose first column is often empty, when it has several
/// segments), otherwise it continues the cells of the current row.
/// </summary>
public static partial class TableBuilder
{
    public static TableDraft Build(IReadOnlyList<PdfLine> region, DocumentMetrics metrics)
    {
        var columns = Columns(region);
        var table = new TableDraft(region[0].Page, columns);
        var header = 0;
        while (header < region.Count - 1 && region[header].AllBold) header++;
        var data = region.Skip(header).ToList();
        var keyed = data.Count(l => Place(l, columns).Any(c => c.Column == 0)) * 2 >= data.Count(l => l.Segments.Count >= 2);
        if (!IsKeyed(data, columns))
        {
            // No row labels: a layout of columns (header block, recipients beside the signature), not a data grid.
            // One row; each column's lines become that cell's paragraphs.
            var single = new List<CellDraft>();
            foreach (var (column, span, segment) in region.SelectMany(l => Place(l, columns)))
            {
                var cell = single.FirstOrDefault(c => column >= c.Column && column < c.Column + c.ColSpan);
                if (cell is null) single.Add(cell = new CellDraft(column, span));
                cell.Lines.Add(segment);
            }

            table.Rows.Add(single);
            table.CellParagraphs = true;
            return table;
        }

        List<CellDraft>? row = null;
        PdfLine? prev = null;
        for (var i = 0; i < region.Count; i++)
        {
            var line = region[i];
            var cells = Place(line, columns);
            var isHeader = i < header;
            bool newRow = row is null || isHeader || i == header
                || (keyed ? cells.Any(c => c.Column == 0) : line.Segments.Count >= 2 || line.Top - prev!.Top > metrics.PitchFor(line.Size) * 1.3);
            if (newRow)
            {
                row = [];
                table.Rows.Add(row);
            }

            foreach (var (column, span, segment) in cells)
            {
                var cell = row!.FirstOrDefault(c => column >= c.Column && column < c.Column + c.ColSpan);
                if (cell is null)
                {
                    cell = new CellDraft(column, span);
                    row!.Add(cell);
                }

                cell.Lines.Add(segment);
            }

            prev = line;
        }

        table.HeaderRows = header == 0 ? 0 : Math.Min(header, table.Rows.Count - 1);
        SpanHeaderAcross(table);
        SpanHeaderDown(table);
        return table;
    }

    /// <summary>Rows are keyed when most first-column entries are row labels (1, 2, I, II, a, 1.1, ...).</summary>
    private static bool IsKeyed(List<PdfLine> data, IReadOnlyList<(double Left, double Right)> columns)
    {
        var firsts = data.Select(l => Place(l, columns).FirstOrDefault(c => c.Column == 0).Segment).OfType<PdfLine>().Select(s => s.Text).ToList();
        var labels = firsts.Count(t => RowLabel().IsMatch(t));
        return labels >= 2 && labels * 2 >= firsts.Count;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^([0-9]{1,3}(\.[0-9]{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$")]
    private static partial System.Text.RegularExpressions.Regex RowLabel();

    /// <summary>A header cell standing over several header cells of the next row spans their columns.</summary>
    private static void SpanHeaderAcross(TableDraft table)
    {
        for (var r = table.HeaderRows - 2; r >= 0; r--)
        {
            var below = table.Rows[r + 1];
            for (var k = 0; k < table.Rows[r].Count; k++)
            {
                var cell = table.Rows[r][k];
                var under = below.Where(c => Math.Min(c.Right, cell.Right) - Math.Max(c.Left, cell.Left) > 2).ToList();
                if (under.Count < 2) continue;
                var first = under.Min(c => c.Column);
                var last = under.Max(c => c.Column + c.ColSpan - 1);
                if (table.Rows[r].Any(o => o != cell && o.Column >= first && o.Column <= last)) continue;
                var wide = new CellDraft(first, last - first + 1);
                wide.Lines.AddRange(cell.Lines);
                table.Rows[r][k] = wide;
            }
        }
    }

    private static void SpanHeaderDown(TableDraft table)
    {
        for (var r = 0; r < table.HeaderRows; r++)
        {
            foreach (var cell in table.Rows[r])
            {
                for (var below = r + 1; below < table.HeaderRows; below++)
                {
                    if (table.Rows[below].Any(c => c.Column < cell.Column + cell.ColSpan && cell.Column < c.Column + c.ColSpan)) break;
                    cell.RowSpan++;
                }
            }
        }
    }

    public static List<(int Column, int Span, PdfLine Segment)> Place(PdfLine line, IReadOnlyList<(double Left, double Right)> columns)
    {
        var result = new List<(int, int, PdfLine)>();
        foreach (var s in line.Segments)
        {
            var hit = Enumerable.Range(0, columns.Count)
                .Where(c => Math.Min(columns[c].Right, s.Right) - Math.Max(columns[c].Left, s.Left) > 0)
                .ToList();
            if (hit.Count == 0)
            {
                var center = (s.Left + s.Right) / 2;
                hit.Add(Enumerable.Range(0, columns.Count).OrderBy(c => Math.Abs((columns[c].Left + columns[c].Right) / 2 - center)).First());
            }

            var first = hit.Min();
            if (result.Count > 0 && result[^1].Item1 + result[^1].Item2 > first)
            {
                // Two segments in one column: keep them in one cell.
                var (c0, span0, seg0) = result[^1];
                result[^1] = (c0, Math.Max(span0, hit.Max() - c0 + 1), new PdfLine(line.Page, seg0.Chunks.Concat(s.Chunks).ToList()));
                continue;
            }

            result.Add((first, hit.Max() - first + 1, s));
        }

        return result;
    }

    private static List<(double Left, double Right)> Columns(IReadOnlyList<PdfLine> region)
    {
        var segments = region.Where(l => l.Segments.Count >= 2).SelectMany(l => l.Segments).ToList();
        var rows = region.Count(l => l.Segments.Count >= 2);
        var allowed = rows / 7;
        var edges = segments.SelectMany(s => new[] { s.Left, s.Right }).Distinct().OrderBy(x => x).ToList();
        var columns = new List<(double Left, double Right)>();
        double? start = null;
        for (var k = 0; k + 1 < edges.Count; k++)
        {
            var mid = (edges[k] + edges[k + 1]) / 2;
            var covered = segments.Count(s => s.Left <= mid && s.Right >= mid) > allowed;
            if (covered && start is null) start = edges[k];
            if (!covered && start is not null)
            {
                columns.Add((start.Value, edges[k]));
                start = null;
            }
        }

        if (start is not null) columns.Add((start.Value, edges[^1]));
        return columns.Count == 0 ? [(region.Min(l => l.Left), region.Max(l => l.Right))] : columns;
    }
}
