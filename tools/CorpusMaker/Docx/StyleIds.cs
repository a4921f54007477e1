namespace CorpusMaker.Docx;

/// <summary>Style ids of the styles part, as Word names them.</summary>
public static class StyleIds
{
    public const string Normal = "Normal";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteTextChar = "FootnoteTextChar";
    public const string FootnoteReference = "FootnoteReference";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string TableGrid = "TableGrid";
    public const string NoList = "NoList";
    public const string Header = "Header";
    public const string HeaderChar = "HeaderChar";
}
