namespace ThiDua.Store.Export.Xlsx;

/// <summary>The cell formats of <see cref="XlsxWorkbook"/>'s stylesheet, by index (the order of its cellXfs).</summary>
internal enum XlsxStyle : uint
{
    Default = 0,
    Date = 1,
    DateTime = 2,
    Header = 3,
    Boxed = 4,
    BoxedBold = 5,
    BoxedHeader = 6,
    BoxedItalic = 7,
    BoxedPercent = 8,
    Title = 9,
    Note = 10,
}
