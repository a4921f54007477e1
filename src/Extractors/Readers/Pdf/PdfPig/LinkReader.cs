using ThiDua.Extractors.Readers.Pdf.Engine;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace ThiDua.Extractors.Readers.Pdf.PdfPig;

/// <summary>
/// A page's internal links (Link annotations whose action or destination leads to a page of the same file), in top-left
/// coordinates; the destination's top is turned to top-left coordinates of the page it leads to.
/// </summary>
public static class LinkReader
{
    public static IReadOnlyList<PdfLink> Read(Page page)
    {
        List<PdfLink>? links = null;
        foreach (var annotation in page.GetAnnotations())
        {
            if (annotation.Type != AnnotationType.Link || annotation.Action is not GoToAction { Destination: { } destination }) continue;
            var r = annotation.Rectangle;
            double? top = destination.Coordinates.Top is { } t ? page.Height - t : null;
            (links ??= []).Add(new PdfLink(r.Left, page.Height - r.Top, r.Right, page.Height - r.Bottom, destination.PageNumber, top));
        }

        return links ?? (IReadOnlyList<PdfLink>)[];
    }
}
