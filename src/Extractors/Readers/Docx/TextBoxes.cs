using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// The text boxes (<c>w:txbxContent</c>) anchored in a paragraph, in document order: those in its runs, wherever the
/// drawing puts them (VML, DrawingML in <c>mc:Choice</c>), but not the <c>mc:Fallback</c> copy of a box, nor boxes inside
/// another box, nor any box of a paragraph that is itself in a text box (those are read with the box they are in).
/// </summary>
public static class TextBoxes
{
    public static IEnumerable<XElement> Of(XElement paragraph)
    {
        if (paragraph.Ancestors(W.TxbxContent).Any()) return [];
        var boxes = new List<XElement>();
        Collect(paragraph, insideRun: false, boxes);
        return boxes;
    }

    private static void Collect(XElement element, bool insideRun, List<XElement> boxes)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == Mc.Fallback) continue;
            if (insideRun)
            {
                if (name == W.TxbxContent) boxes.Add(child);
                else Collect(child, insideRun: true, boxes);
            }
            else if (name == W.R)
            {
                Collect(child, insideRun: true, boxes);
            }
            else if (RunContainers.Holds(child) || name == W.Del || name == W.MoveFrom || name == Mc.AlternateContent || name == Mc.Choice)
            {
                Collect(child, insideRun: false, boxes);
            }
        }
    }
}
