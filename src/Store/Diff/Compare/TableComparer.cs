using ThiDua.Extractors.Model;
using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>
/// Tables aligned by caption and content; inside a matched table, rows aligned by their texts (an inserted row does not
/// shift the rest), then the cells of matched rows compared column by column.
/// </summary>
internal static class TableComparer
{
    private const double TableThreshold = 0.3;
    private const double RowThreshold = 0.5;

    public static IReadOnlyList<TableChange> Compare(IReadOnlyList<Table> a, IReadOnlyList<Table> b)
    {
        var pairs = SequenceAligner.Align(a, b, Content, (x, y) => TextKey.Similarity(Content(x), Content(y)), TableThreshold);
        var changes = new List<TableChange>();
        foreach (var pair in pairs)
        {
            if (pair is { A: { } i, B: { } j })
            {
                if (!pair.Exact || TextKey.Of(a[i].Caption) != TextKey.Of(b[j].Caption)) changes.AddRange(CompareCells(a[i], b[j]));
            }
            else if (pair.A is { } onlyA)
            {
                changes.Add(new TableChange("removed", a[onlyA].Id, null, a[onlyA].Caption, 0, a[onlyA].Rows.Count, []));
            }
            else
            {
                changes.Add(new TableChange("added", null, b[pair.B!.Value].Id, b[pair.B!.Value].Caption, b[pair.B!.Value].Rows.Count, 0, []));
            }
        }

        return changes;
    }

    private static IEnumerable<TableChange> CompareCells(Table a, Table b)
    {
        var rowsA = TableGridText.Rows(a);
        var rowsB = TableGridText.Rows(b);
        var pairs = SequenceAligner.Align(rowsA, rowsB, r => TextKey.Of(TableGridText.RowText(r)), (x, y) => TextKey.Similarity(TableGridText.RowText(x), TableGridText.RowText(y)), RowThreshold);
        var cells = new List<CellChange>();
        int added = 0, removed = 0;
        foreach (var pair in pairs)
        {
            switch (pair)
            {
                case { A: { } i, B: { } j, Exact: false }:
                    foreach (var col in rowsA[i].Keys.Union(rowsB[j].Keys).Order())
                    {
                        var textA = rowsA[i].GetValueOrDefault(col);
                        var textB = rowsB[j].GetValueOrDefault(col);
                        if (TextKey.Of(textA) != TextKey.Of(textB)) cells.Add(new CellChange(i, j, col, textA, textB));
                    }

                    break;
                case { A: { } i, B: null }:
                    removed++;
                    cells.AddRange(rowsA[i].Where(c => c.Value.Length > 0).Select(c => new CellChange(i, null, c.Key, c.Value, null)));
                    break;
                case { A: null, B: { } j }:
                    added++;
                    cells.AddRange(rowsB[j].Where(c => c.Value.Length > 0).Select(c => new CellChange(null, j, c.Key, null, c.Value)));
                    break;
            }
        }

        var captionChanged = TextKey.Of(a.Caption) != TextKey.Of(b.Caption);
        if (cells.Count > 0 || added > 0 || removed > 0 || captionChanged)
        {
            yield return new TableChange("changed", a.Id, b.Id, b.Caption ?? a.Caption, added, removed, cells);
        }
    }

    private static string Content(Table table) =>
        TextKey.Of(table.Caption + " " + string.Join(" ", TableGridText.Rows(table).Select(TableGridText.RowText)));
}
