using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Builds a LayoutTable in the HTML model from Word rows: <c>gridSpan</c> gives column spans, a <c>vMerge</c> continuation
/// cell grows the row span of the cell that started the merge in the same grid column.
/// </summary>
public sealed class TableGridBuilder
{
    private readonly List<List<PendingCell>> _rows = [];
    private readonly Dictionary<int, PendingCell> _openMerges = [];
    private int _column;
    private int _headerRows;
    private bool _headerRunOpen = true;

    public void StartRow(int gridBefore, bool isHeader)
    {
        _rows.Add([]);
        _column = gridBefore;
        if (isHeader && _headerRunOpen) _headerRows++;
        else _headerRunOpen = false;
    }

    public void AddCell(IReadOnlyList<LayoutBlock> content, int colSpan, bool startsVerticalMerge)
    {
        var cell = new PendingCell(content, colSpan);
        _rows[^1].Add(cell);
        for (var c = _column; c < _column + colSpan; c++) _openMerges.Remove(c);
        if (startsVerticalMerge) _openMerges[_column] = cell;
        _column += colSpan;
    }

    public void ContinueVerticalMerge(int colSpan)
    {
        if (!_openMerges.TryGetValue(_column, out var origin))
        {
            AddCell([], colSpan, startsVerticalMerge: true); // a continuation with nothing to continue reads as an empty cell
            return;
        }

        origin.RowSpan++;
        _column += colSpan;
    }

    public LayoutTable Build() =>
        new(_rows.Select(row => (IReadOnlyList<LayoutCell>)row.Select(c => new LayoutCell(c.Content, c.RowSpan, c.ColSpan)).ToArray()).ToArray(), _headerRows, null);

    private sealed class PendingCell(IReadOnlyList<LayoutBlock> content, int colSpan)
    {
        public IReadOnlyList<LayoutBlock> Content { get; } = content;

        public int ColSpan { get; } = colSpan;

        public int RowSpan { get; set; } = 1;
    }
}
