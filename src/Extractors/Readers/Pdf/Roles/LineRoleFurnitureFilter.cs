using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>
/// Where the furniture rule is unsure, the line-role model decides: an edge line of a page (among its first or last two,
/// near the top or bottom edge) that the repetition rule kept, because it changes from page to page or the document has
/// one page, is removed when the model is sure it is a running header or footer. Used only when
/// <see cref="LineRoleSwitch"/> is on.
/// </summary>
public static class LineRoleFurnitureFilter
{
    public const float Confidence = 0.9f;
    private const int EdgeLines = 2;

    /// <summary>Removes the lines and returns how many it removed.</summary>
    public static int Apply(LineRoleModel model, IReadOnlyList<PdfPageText> pages, List<List<PdfLine>> lines, DocumentMetrics metrics)
    {
        var removed = 0;
        for (var p = 0; p < lines.Count; p++)
        {
            var page = lines[p];
            var height = pages[p].Height > 0 ? pages[p].Height : 842;
            var edge = Enumerable.Range(0, page.Count)
                .Where(i => (i < EdgeLines || i >= page.Count - EdgeLines) && (page[i].Top < height * 0.12 || page[i].Bottom > height * 0.88))
                .ToList();
            if (edge.Count == 0) continue;
            var predictions = model.Predict(edge.Select(i => LineFeatureExtractor.Extract(pages[p], page, i, metrics)).ToList());
            var furniture = edge.Where((_, k) => predictions[k] is { Role: LineRole.PageFurniture, Probability: >= Confidence }).Select(i => page[i]).ToHashSet();
            removed += page.RemoveAll(furniture.Contains);
        }

        return removed;
    }
}
