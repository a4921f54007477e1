using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>
/// Where the furniture rule is unsure, the line-role model decides: an edge line of a page (among its first or last two,
/// near the top or bottom edge) that the repetition rule kept, because it changes from page to page or the document has
/// one page, is removed when the model is sure it is a running header or footer; only short lines outside notes are
/// asked. Used only when
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
        var context = LineRoleContext.Of(pages, lines);
        for (var p = 0; p < lines.Count; p++)
        {
            var page = lines[p];
            var height = pages[p].Height > 0 ? pages[p].Height : 842;
            // Running headers and footers are short plain lines; a table's, a heading's and a note's lines (below an opener, or
            // small at the foot under more lines of their size) stay with their rules.
            var edge = Enumerable.Range(0, page.Count)
                .Where(i => (i < EdgeLines || i >= page.Count - EdgeLines) && (page[i].Top < height * 0.12 || page[i].Bottom > height * 0.88))
                .Where(i => page[i].Right - page[i].Left < (metrics.BodyRight - metrics.BodyLeft) * 0.5 && page[i].Segments.Count == 1 && !page[i].AllBold)
                .Where(i => !(i >= page.Count - EdgeLines && page[i].Size < metrics.BodySize - 0.9 && page.Take(i).Any(l => Math.Abs(l.Size - page[i].Size) < 0.5)))
                .Where(i => !context.OpensNote(pages[p], page[i]) && !Enumerable.Range(0, i).Any(k => context.OpensNote(pages[p], page[k])))
                .ToList();
            if (edge.Count == 0) continue;
            var predictions = model.Predict(edge.Select(i => LineFeatureExtractor.Extract(pages[p], page, i, metrics, context)).ToList());
            var furniture = edge.Where((_, k) => predictions[k] is { Role: LineRole.PageFurniture, Probability: >= Confidence }).Select(i => page[i]).ToHashSet();
            removed += page.RemoveAll(furniture.Contains);
        }

        return removed;
    }
}
