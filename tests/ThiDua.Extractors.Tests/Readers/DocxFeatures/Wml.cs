using System.Security;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Small WordprocessingML fragment helpers for the feature tests.</summary>
public static class Wml
{
    /// <summary>A paragraph of the given content (runs and run-level elements).</summary>
    public static string P(params string[] content) => "<w:p>" + string.Concat(content) + "</w:p>";

    /// <summary>A paragraph with paragraph properties (inner XML of <c>w:pPr</c>).</summary>
    public static string PWith(string paragraphProperties, params string[] content) =>
        "<w:p><w:pPr>" + paragraphProperties + "</w:pPr>" + string.Concat(content) + "</w:p>";

    /// <summary>A text run; <paramref name="runProperties"/> is the inner XML of <c>w:rPr</c>.</summary>
    public static string R(string text, string runProperties = "") =>
        "<w:r>" + RunProperties(runProperties) + "<w:t xml:space=\"preserve\">" + SecurityElement.Escape(text) + "</w:t></w:r>";

    /// <summary>A run holding arbitrary run content (fldChar, br, tab, footnoteReference ...).</summary>
    public static string RawRun(string content, string runProperties = "") => "<w:r>" + RunProperties(runProperties) + content + "</w:r>";

    /// <summary>A paragraph with numbering: <c>w:numPr</c> with the level and list instance.</summary>
    public static string ListItem(int numId, int level, string text) =>
        PWith($"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>", R(text));

    /// <summary>A footnote reference run as Word writes it.</summary>
    public static string FootnoteRef(int id) =>
        RawRun($"<w:footnoteReference w:id=\"{id}\"/>", "<w:rStyle w:val=\"FootnoteReference\"/>");

    /// <summary>An endnote reference run as Word writes it.</summary>
    public static string EndnoteRef(int id) =>
        RawRun($"<w:endnoteReference w:id=\"{id}\"/>", "<w:rStyle w:val=\"EndnoteReference\"/>");

    /// <summary>A footnote body: Word's footnoteRef mark run, a space, then the text; more paragraphs follow plainly.</summary>
    public static string Footnote(int id, string firstParagraph, params string[] moreParagraphs) =>
        Note("footnote", "footnoteRef", "FootnoteReference", id, firstParagraph, moreParagraphs);

    /// <summary>An endnote body as Word writes it.</summary>
    public static string Endnote(int id, string firstParagraph, params string[] moreParagraphs) =>
        Note("endnote", "endnoteRef", "EndnoteReference", id, firstParagraph, moreParagraphs);

    /// <summary>A table with an auto width, a grid of <paramref name="columns"/> and the rows given.</summary>
    public static string Table(int columns, params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" +
        string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"2000\"/>", columns)) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    /// <summary>A row with row properties (inner XML of <c>w:trPr</c>).</summary>
    public static string RowWith(string rowProperties, params string[] cells) => "<w:tr><w:trPr>" + rowProperties + "</w:trPr>" + string.Concat(cells) + "</w:tr>";

    /// <summary>A cell holding one paragraph of text; <paramref name="cellProperties"/> is extra inner XML of <c>w:tcPr</c>.</summary>
    public static string Cell(string text, string cellProperties = "") => CellOf(cellProperties, P(R(text)));

    /// <summary>A cell of arbitrary block content.</summary>
    public static string CellOf(string cellProperties, params string[] blocks) =>
        "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>" + cellProperties + "</w:tcPr>" + string.Concat(blocks) + "</w:tc>";

    /// <summary>A vertically merged continuation cell (empty paragraph, as Word writes it).</summary>
    public static string MergedCell(string extraProperties = "") => CellOf("<w:vMerge/>" + extraProperties, "<w:p/>");

    private static string RunProperties(string runProperties) => runProperties.Length == 0 ? string.Empty : "<w:rPr>" + runProperties + "</w:rPr>";

    private static string Note(string element, string markElement, string markStyle, int id, string firstParagraph, string[] moreParagraphs) =>
        $"<w:{element} w:id=\"{id}\">" +
        PWith("<w:pStyle w:val=\"FootnoteText\"/>", RawRun($"<w:{markElement}/>", $"<w:rStyle w:val=\"{markStyle}\"/>"), R(" " + firstParagraph)) +
        string.Concat(moreParagraphs.Select(p => PWith("<w:pStyle w:val=\"FootnoteText\"/>", R(p)))) +
        $"</w:{element}>";
}
