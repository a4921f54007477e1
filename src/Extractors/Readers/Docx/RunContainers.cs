using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// The paragraph-level elements that hold runs and are read through: hyperlinks, tracked insertions and moves, simple fields,
/// content controls, custom XML, bidirectional spans. These are the containers the OpenXml SDK 2.20 typed under a paragraph;
/// runs inside anything else (<c>w:smartTag</c>, elements of unknown or ignorable namespaces) were not read and still are not.
/// </summary>
public static class RunContainers
{
    public static bool Holds(XElement element)
    {
        var name = element.Name;
        return name == W.Hyperlink || name == W.Ins || name == W.MoveTo || name == W.FldSimple || name == W.Sdt || name == W.CustomXml
            || name == W.Dir || name == W.Bdo || (name == W.SdtContent && element.Parent?.Name == W.Sdt);
    }
}
