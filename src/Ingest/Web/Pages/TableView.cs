using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// Writes a table in its HTML model (row and column spans as extracted). Each cell learns its grid position so that a
/// flag located at (row, col) lights the cell that covers it; a flag with a row and no column lights the row.
/// </summary>
public static class TableView
{
    public static void Write(HtmlBuilder html, Table table, IReadOnlyList<Flag> flags, IDictionary<string, string> flagAnchors)
    {
        html.Append($"<figure class=\"table\" id=\"{table.Id}\"{PageAttribute(table.Page)}>");
        if (table.Caption is { Length: > 0 } caption) html.Append($"<figcaption>{caption}</figcaption>");
        html.Append($"<div class=\"table-scroll\"><table>");
        var covered = new HashSet<(int Row, int Col)>();
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var rowFlags = flags.Where(f => f.Location.Row == row && f.Location.Col is null).ToList();
            html.Append($"<tr id=\"{table.Id}-r{row}\"");
            if (rowFlags.Count > 0) html.Append($" class=\"flagged-row sev-{Worst(rowFlags)}\"");
            html.Append($">");
            foreach (var flag in rowFlags) flagAnchors.TryAdd(flag.Id, $"{table.Id}-r{row}");
            var col = 0;
            foreach (var cell in table.Rows[row])
            {
                while (covered.Contains((row, col))) col++;
                var rowSpan = Math.Max(1, cell.RowSpan);
                var colSpan = Math.Max(1, cell.ColSpan);
                for (var r = row; r < row + rowSpan; r++)
                {
                    for (var c = col; c < col + colSpan; c++) covered.Add((r, c));
                }

                var cellFlags = flags.Where(f => f.Location.Row is { } fr && f.Location.Col is { } fc
                    && fr >= row && fr < row + rowSpan && fc >= col && fc < col + colSpan).ToList();
                WriteCell(html, table, cell, row, col, rowSpan, colSpan, cellFlags, flagAnchors);
                col += colSpan;
            }

            html.Append($"</tr>");
        }

        html.Append($"</table></div></figure>");
    }

    private static void WriteCell(HtmlBuilder html, Table table, Cell cell, int row, int col, int rowSpan, int colSpan, List<Flag> cellFlags, IDictionary<string, string> flagAnchors)
    {
        var tag = new Markup(row < table.HeaderRows ? "th" : "td");
        var id = $"{table.Id}-r{row}c{col}";
        html.Append($"<{tag} id=\"{id}\"");
        if (rowSpan > 1) html.Append($" rowspan=\"{rowSpan}\"");
        if (colSpan > 1) html.Append($" colspan=\"{colSpan}\"");
        if (cellFlags.Count > 0)
        {
            html.Append($" class=\"flagged-cell sev-{Worst(cellFlags)}\" title=\"{string.Join(" · ", cellFlags.Select(f => f.Message))}\" data-flags=\"{string.Join(' ', cellFlags.Select(f => f.Id))}\"");
            foreach (var flag in cellFlags) flagAnchors.TryAdd(flag.Id, id);
        }

        html.Append($">{cell.Text}</{tag}>");
    }

    public static string Worst(IEnumerable<Flag> flags) =>
        flags.Any(f => f.Severity == Vocabulary.Severities.Error) ? Vocabulary.Severities.Error
        : flags.Any(f => f.Severity == Vocabulary.Severities.Warning) ? Vocabulary.Severities.Warning
        : Vocabulary.Severities.Info;

    public static Markup PageAttribute(int? page) => page is { } p ? new Markup($" data-page=\"{p}\"") : Markup.Empty;
}
