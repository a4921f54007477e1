namespace ThiDua.Store.Export.Tables;

/// <summary>The columns of one table as (name, kind, how to read the value from a source row), declared once for every format.</summary>
internal sealed class ColumnSet<TRow>
{
    private readonly List<(ExportColumn Column, Func<TRow, object?> Read)> columns = [];

    public ColumnSet<TRow> Text(string name, Func<TRow, string?> read) => Add(name, ExportColumnKind.Text, row => read(row));

    public ColumnSet<TRow> Integer(string name, Func<TRow, long?> read) => Add(name, ExportColumnKind.Integer, row => read(row));

    public ColumnSet<TRow> Decimal(string name, Func<TRow, decimal?> read) => Add(name, ExportColumnKind.Decimal, row => read(row));

    public ColumnSet<TRow> Boolean(string name, Func<TRow, bool?> read) => Add(name, ExportColumnKind.Boolean, row => read(row));

    public ColumnSet<TRow> Date(string name, Func<TRow, DateOnly?> read) => Add(name, ExportColumnKind.Date, row => read(row));

    public ColumnSet<TRow> DateTime(string name, Func<TRow, DateTime?> read) => Add(name, ExportColumnKind.DateTime, row => read(row));

    public ExportTable Build(string tableName, IEnumerable<TRow> rows) =>
        new(tableName, columns.Select(c => c.Column).ToList(), rows.Select(row => columns.Select(c => c.Read(row)).ToArray()).ToList());

    private ColumnSet<TRow> Add(string name, ExportColumnKind kind, Func<TRow, object?> read)
    {
        columns.Add((new ExportColumn(name, kind), read));
        return this;
    }
}
