using System.Text.RegularExpressions;

namespace CorpusMaker.Docx;

/// <summary>Shares a table's width among its grid columns by the length of what they hold, as autofit would.</summary>
public static partial class ColumnWidths
{
    private const int MinimumWeight = 3;
    private const int MaximumWeight = 40;

    [GeneratedRegex(@"[*\[\]^{}]")]
    private static partial Regex Markup();

    public static int[] Compute(PlacedTable table, int totalWidth)
    {
        var weights = new double[table.ColumnCount];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var header = r < table.HeaderRows;
            foreach (var cell in table.Rows[r].Where(cell => cell.ColSpan == 1 && !cell.Continuation))
            {
                var plain = Markup().Replace(cell.Cell.Text, string.Empty);
                var length = header ? LongestWord(plain) : plain.Length;
                weights[cell.Column] = Math.Max(weights[cell.Column], length);
            }
        }

        var clamped = weights.Select(weight => Math.Sqrt(Math.Clamp(weight, MinimumWeight, MaximumWeight))).ToArray();
        var sum = clamped.Sum();
        var widths = clamped.Select(weight => (int)(totalWidth * weight / sum)).ToArray();
        widths[^1] += totalWidth - widths.Sum();
        return widths;
    }

    private static int LongestWord(string text) =>
        text.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries).Select(word => word.Length).DefaultIfEmpty(0).Max() + 2;
}
