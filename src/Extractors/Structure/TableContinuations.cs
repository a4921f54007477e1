using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Joins a table that continues in the next table (split at a page, or saved as two tables by other software):
/// adjacent tables with the same column count whose second repeats the first's header rows become one, the repeat dropped.
/// </summary>
public static class TableContinuations
{
    public static List<DocItem> Merge(List<DocItem> items)
    {
        var merged = new List<DocItem>(items.Count);
        foreach (var item in items)
        {
            if (item is TableDocItem { Table: var next } && LastTable(merged) is { } previousIndex
                && merged[previousIndex] is TableDocItem { Table: var previous } && Continues(previous, next))
            {
                merged.RemoveRange(previousIndex + 1, merged.Count - previousIndex - 1);
                merged[previousIndex] = new TableDocItem(previous with { Rows = [.. previous.Rows, .. next.Rows.Skip(previous.HeaderRows)] });
                continue;
            }

            merged.Add(item);
        }

        return merged;
    }

    /// <summary>The index of the last item when it is a table, allowing only empty lines after it.</summary>
    private static int? LastTable(List<DocItem> items)
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (items[i] is TableDocItem) return i;
            if (items[i] is LineDocItem { Line.IsEmpty: false }) return null;
        }

        return null;
    }

    private static bool Continues(LayoutTable previous, LayoutTable next)
    {
        if (previous.HeaderRows == 0 || next.Rows.Count <= previous.HeaderRows) return false;
        if (Width(previous) != Width(next)) return false;
        for (var r = 0; r < previous.HeaderRows; r++)
        {
            var a = previous.Rows[r].Select(c => TextNormalizer.Clean(c.Text));
            var b = next.Rows[r].Select(c => TextNormalizer.Clean(c.Text));
            if (!a.SequenceEqual(b)) return false;
        }

        return true;
    }

    private static int Width(LayoutTable table) => table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Sum(c => c.ColSpan));
}
