namespace CorpusMaker.Docx;

/// <summary>A table laid out on its grid: every row lists its cells, continuations included, left to right.</summary>
public sealed record PlacedTable(int ColumnCount, int HeaderRows, IReadOnlyList<IReadOnlyList<PlacedCell>> Rows);
