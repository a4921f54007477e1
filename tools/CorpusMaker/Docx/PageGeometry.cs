namespace CorpusMaker.Docx;

/// <summary>A4 page size and margins in twips (Decree 30/2020: top/bottom 20 mm, left 30 mm, right 20 mm).</summary>
public sealed record PageGeometry(int Width, int Height, int Top, int Bottom, int Left, int Right)
{
    public static PageGeometry Portrait { get; } = new(11906, 16838, 1134, 1134, 1701, 1134);

    public static PageGeometry Landscape { get; } = new(16838, 11906, 1134, 1134, 1134, 1134);

    public bool IsLandscape => Width > Height;

    public int TextWidth => Width - Left - Right;
}
