namespace ThiDua.Store.Export.Xlsx;

/// <summary>A cell to write: a value (<see cref="ExportColumnKind"/> types; text for anything else) and its style.</summary>
internal readonly record struct XlsxCell(object? Value, XlsxStyle Style = XlsxStyle.Default);
