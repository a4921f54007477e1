using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Pipeline;

/// <summary>
/// A step between reader and structure (legacy font repair, glyph-map repair, ...): takes the layout a reader recovered and
/// returns it repaired. Transforms run in the order the builder registered them and know nothing about file formats.
/// </summary>
public interface ILayoutTransform
{
    LayoutDocument Apply(LayoutDocument layout, CancellationToken cancellationToken);
}
