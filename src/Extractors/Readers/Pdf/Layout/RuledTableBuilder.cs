using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Rebuilds bordered tables from ruling lines: connected horizontal and vertical rules form a grid; a missing inner
/// border merges neighbouring grid cells (column or row span); text goes to the cell holding its centre. Leading rows
/// whose text is all bold are header rows (extended over the rows their cells span).
/// A side whose outer border is missing while the other rules run on past the last one (a row cut by the page break,
/// a column cut at the printable area) still bounds the grid where those rules end; the table records that its last or
/// first row is open, so the page joiner rejoins the row's two halves. Cells merge down only between their outer
/// borders: rows under a missing outer border keep their own cells.
/// </summary>
public static class RuledTableBuilder
{
    private const double Tolerance = 2;

    /// <summary>The least overshoot of the crossing rules taken for an open side: about a line of small text.</summary>
    private const double MinOpenBand = 6;

    public static List<RuledTable> Find(IReadOnlyList<PdfLine> lines, IReadOnlyList<PdfRule> rules)
    {
        var result = new List<RuledTable>();
        if (lines.Count == 0 || rules.Count < 4) return result;
        var all = rules.Select(r => r.Normalized()).Where(r => r.Length >= 4).Take(5000).ToList();
        foreach (var component in Components(all))
        {
            var hs = component.Where(r => r.IsHorizontal).ToList();
            var vs = component.Where(r => !r.IsHorizontal).ToList();
            var xs = Cluster(vs.Select(v => v.X0));
            var ys = Cluster(hs.Select(h => h.Y0));
            if (xs.Count < 2 || ys.Count < 2) continue;
            var openTop = OpenSide(ys, vs.Min(v => v.Y0), lines, xs, vertical: true, before: true);
            var openBottom = OpenSide(ys, vs.Max(v => v.Y1), lines, xs, vertical: true, before: false);
            OpenSide(xs, hs.Min(h => h.X0), lines, ys, vertical: false, before: true);
            OpenSide(xs, hs.Max(h => h.X1), lines, ys, vertical: false, before: false);
            var table = Build(lines, hs, vs, xs, ys);
            if (table is null) continue;
            table.OpenTop = openTop;
            table.OpenBottom = openBottom;
            result.Add(new RuledTable(table, xs[0], ys[0], xs[^1], ys[^1]));
        }

        return result.OrderBy(t => t.Top).ToList();
    }

    /// <summary>
    /// Where the crossing rules run on past the outermost border by at least a line of text, and text stands there,
    /// adds the rules' end as the grid's edge on that side. Returns whether it did.
    /// </summary>
    private static bool OpenSide(List<double> edges, double reach, IReadOnlyList<PdfLine> lines, List<double> across, bool vertical, bool before)
    {
        var outer = before ? edges[0] : edges[^1];
        var lo = Math.Min(outer, reach);
        var hi = Math.Max(outer, reach);
        if (hi - lo < MinOpenBand) return false;
        var text = lines.Any(l =>
        {
            var (along, cross0, cross1) = vertical ? ((l.Top + l.Bottom) / 2, l.Left, l.Right) : ((l.Left + l.Right) / 2, l.Top, l.Bottom);
            return along > lo + Tolerance && along < hi - Tolerance && cross1 > across[0] && cross0 < across[^1];
        });
        if (!text) return false;
        if (before) edges.Insert(0, reach);
        else edges.Add(reach);
        return true;
    }

    private static TableDraft? Build(IReadOnlyList<PdfLine> lines, List<PdfRule> hs, List<PdfRule> vs, List<double> xs, List<double> ys)
    {
        int rows = ys.Count - 1, cols = xs.Count - 1;
        bool HasV(int k, int r)
        {
            var mid = (ys[r] + ys[r + 1]) / 2;
            return vs.Any(v => Math.Abs(v.X0 - xs[k]) <= Tolerance && v.Y0 - Tolerance <= mid && v.Y1 + Tolerance >= mid);
        }

        bool HasH(int k, int c)
        {
            var mid = (xs[c] + xs[c + 1]) / 2;
            return hs.Any(h => Math.Abs(h.Y0 - ys[k]) <= Tolerance && h.X0 - Tolerance <= mid && h.X1 + Tolerance >= mid);
        }

        var owner = new CellDraft?[rows, cols];
        var table = new TableDraft(0, Enumerable.Range(0, cols).Select(c => (xs[c], xs[c + 1])).ToList());
        for (var r = 0; r < rows; r++)
        {
            var row = new List<CellDraft>();
            for (var c = 0; c < cols; c++)
            {
                if (owner[r, c] is not null) continue;
                var cs = 1;
                while (c + cs < cols && owner[r, c + cs] is null && !HasV(c + cs, r)) cs++;
                var rs = 1;
                while (r + rs < rows && Enumerable.Range(c, cs).All(k => !HasH(r + rs, k) && owner[r + rs, k] is null)
                    && (c > 0 || HasV(0, r + rs)) && (c + cs < cols || HasV(cols, r + rs))) rs++;
                var cell = new CellDraft(c, cs) { RowSpan = rs };
                for (var i = 0; i < rs; i++)
                {
                    for (var k = 0; k < cs; k++) owner[r + i, c + k] = cell;
                }

                row.Add(cell);
            }

            table.Rows.Add(row);
        }

        var any = false;
        foreach (var line in lines)
        {
            var cy = (line.Top + line.Bottom) / 2;
            if (cy < ys[0] - 1 || cy > ys[^1] + 1 || line.Right <= xs[0] || line.Left >= xs[^1]) continue;
            foreach (var group in line.Chunks.GroupBy(ch => CellOf(owner, xs, ys, (ch.Left + ch.Right) / 2, (ch.Top + ch.Bottom) / 2)))
            {
                if (group.Key is null || group.All(ch => ch.Text.Trim().Length == 0)) continue;
                group.Key.Lines.Add(new PdfLine(line.Page, group.ToList()));
                any = true;
            }
        }

        if (!any) return null;
        var page = lines.First(l => (l.Top + l.Bottom) / 2 >= ys[0] - 1).Page;
        var result = new TableDraft(page, table.Columns);
        result.Rows.AddRange(table.Rows);
        result.HeaderRows = HeaderRows(result);
        return result;
    }

    private static int HeaderRows(TableDraft table)
    {
        var header = 0;
        for (var r = 0; r < table.Rows.Count - 1; r++)
        {
            if (r < header) continue;
            var cells = table.Rows[r].Where(c => c.Lines.Count > 0).ToList();
            if (cells.Count == 0 || !cells.All(c => c.Lines.All(l => l.AllBold))) break;
            header = Math.Max(r + 1, table.Rows[r].Max(c => r + c.RowSpan));
        }

        return Math.Min(header, table.Rows.Count - 1);
    }

    private static CellDraft? CellOf(CellDraft?[,] owner, List<double> xs, List<double> ys, double x, double y)
    {
        var c = Index(xs, x);
        var r = Index(ys, y);
        return c < 0 || r < 0 ? null : owner[r, c];
    }

    private static int Index(List<double> edges, double v)
    {
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            if (v >= edges[i] - 1 && v < edges[i + 1] + (i + 2 == edges.Count ? 1 : 0)) return i;
        }

        return -1;
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
        {
            if (result.Count > 0 && v - result[^1] <= Tolerance) continue;
            result.Add(v);
        }

        return result;
    }

    private static IEnumerable<List<PdfRule>> Components(List<PdfRule> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Touch(rules[i], rules[j])) parent[Find(i)] = Find(j);
            }
        }

        return Enumerable.Range(0, rules.Count).GroupBy(Find).Select(g => g.Select(i => rules[i]).ToList()).Where(g => g.Count >= 4);
    }

    private static bool Touch(PdfRule a, PdfRule b) =>
        a.X0 - Tolerance <= b.X1 && b.X0 - Tolerance <= a.X1 && a.Y0 - Tolerance <= b.Y1 && b.Y0 - Tolerance <= a.Y1;
}
