using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>The WordprocessingML names the reader looks for (<c>w:</c>, Transitional; Strict parts are translated after loading).</summary>
public static class W
{
    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static readonly XName Document = Namespace + "document";
    public static readonly XName Body = Namespace + "body";
    public static readonly XName Styles = Namespace + "styles";
    public static readonly XName Numbering = Namespace + "numbering";
    public static readonly XName Footnotes = Namespace + "footnotes";
    public static readonly XName Endnotes = Namespace + "endnotes";
    public static readonly XName Footnote = Namespace + "footnote";
    public static readonly XName Endnote = Namespace + "endnote";

    public static readonly XName P = Namespace + "p";
    public static readonly XName PPr = Namespace + "pPr";
    public static readonly XName PStyle = Namespace + "pStyle";
    public static readonly XName Jc = Namespace + "jc";
    public static readonly XName OutlineLvl = Namespace + "outlineLvl";
    public static readonly XName NumPr = Namespace + "numPr";
    public static readonly XName NumId = Namespace + "numId";
    public static readonly XName Ilvl = Namespace + "ilvl";

    public static readonly XName R = Namespace + "r";
    public static readonly XName RPr = Namespace + "rPr";
    public static readonly XName RStyle = Namespace + "rStyle";
    public static readonly XName B = Namespace + "b";
    public static readonly XName I = Namespace + "i";
    public static readonly XName VertAlign = Namespace + "vertAlign";
    public static readonly XName Sz = Namespace + "sz";
    public static readonly XName RFonts = Namespace + "rFonts";
    public static readonly XName Ascii = Namespace + "ascii";
    public static readonly XName HAnsi = Namespace + "hAnsi";
    public static readonly XName T = Namespace + "t";
    public static readonly XName Tab = Namespace + "tab";
    public static readonly XName PTab = Namespace + "ptab";
    public static readonly XName Br = Namespace + "br";
    public static readonly XName Cr = Namespace + "cr";
    public static readonly XName NoBreakHyphen = Namespace + "noBreakHyphen";
    public static readonly XName SoftHyphen = Namespace + "softHyphen";
    public static readonly XName FldChar = Namespace + "fldChar";
    public static readonly XName FootnoteReference = Namespace + "footnoteReference";
    public static readonly XName EndnoteReference = Namespace + "endnoteReference";

    public static readonly XName Hyperlink = Namespace + "hyperlink";
    public static readonly XName Ins = Namespace + "ins";
    public static readonly XName Del = Namespace + "del";
    public static readonly XName MoveTo = Namespace + "moveTo";
    public static readonly XName MoveFrom = Namespace + "moveFrom";
    public static readonly XName SmartTag = Namespace + "smartTag";
    public static readonly XName FldSimple = Namespace + "fldSimple";
    public static readonly XName Dir = Namespace + "dir";
    public static readonly XName Bdo = Namespace + "bdo";
    public static readonly XName Sdt = Namespace + "sdt";
    public static readonly XName SdtContent = Namespace + "sdtContent";
    public static readonly XName CustomXml = Namespace + "customXml";
    public static readonly XName TxbxContent = Namespace + "txbxContent";

    public static readonly XName Tbl = Namespace + "tbl";
    public static readonly XName Tr = Namespace + "tr";
    public static readonly XName TrPr = Namespace + "trPr";
    public static readonly XName GridBefore = Namespace + "gridBefore";
    public static readonly XName TblHeader = Namespace + "tblHeader";
    public static readonly XName Tc = Namespace + "tc";
    public static readonly XName TcPr = Namespace + "tcPr";
    public static readonly XName GridSpan = Namespace + "gridSpan";
    public static readonly XName VMerge = Namespace + "vMerge";

    public static readonly XName Style = Namespace + "style";
    public static readonly XName Name = Namespace + "name";
    public static readonly XName BasedOn = Namespace + "basedOn";
    public static readonly XName DocDefaults = Namespace + "docDefaults";
    public static readonly XName RPrDefault = Namespace + "rPrDefault";

    public static readonly XName AbstractNum = Namespace + "abstractNum";
    public static readonly XName Num = Namespace + "num";
    public static readonly XName Lvl = Namespace + "lvl";
    public static readonly XName LvlOverride = Namespace + "lvlOverride";
    public static readonly XName StartOverride = Namespace + "startOverride";
    public static readonly XName Start = Namespace + "start";
    public static readonly XName NumFmt = Namespace + "numFmt";
    public static readonly XName LvlText = Namespace + "lvlText";
    public static readonly XName NumStyleLink = Namespace + "numStyleLink";

    public static readonly XName Val = Namespace + "val";
    public static readonly XName Id = Namespace + "id";
    public static readonly XName Type = Namespace + "type";
    public static readonly XName Default = Namespace + "default";
    public static readonly XName StyleId = Namespace + "styleId";
    public static readonly XName AbstractNumId = Namespace + "abstractNumId";
    public static readonly XName FldCharType = Namespace + "fldCharType";
    public static readonly XName CustomMarkFollows = Namespace + "customMarkFollows";
}

/// <summary>Markup compatibility names (<c>mc:</c>).</summary>
public static class Mc
{
    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XName AlternateContent = Namespace + "AlternateContent";
    public static readonly XName Choice = Namespace + "Choice";
    public static readonly XName Fallback = Namespace + "Fallback";
}

/// <summary>Office Math names (<c>m:</c>).</summary>
public static class OfficeMath
{
    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public static readonly XName OMath = Namespace + "oMath";
    public static readonly XName OMathPara = Namespace + "oMathPara";
}

/// <summary>Extended document properties names (docProps/app.xml).</summary>
public static class AppProperties
{
    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    public static readonly XName Properties = Namespace + "Properties";
    public static readonly XName Pages = Namespace + "Pages";
}
