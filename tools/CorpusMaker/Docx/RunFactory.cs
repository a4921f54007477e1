using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Makes <c>w:r</c> elements with direct formatting as Word writes it.</summary>
public static class RunFactory
{
    public static Run Text(string text, bool bold, bool italic, int halfPoints, bool superscript = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        if (halfPoints != TextStyle.BodyHalfPoints)
        {
            var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
            properties.FontSize = new FontSize { Val = size };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
        }

        if (superscript)
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        }

        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Run FootnoteReference(long id) => new(
        new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }),
        new FootnoteReference { Id = id });

    public static Run FootnoteReferenceMark() => new(
        new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }),
        new FootnoteReferenceMark());

    public static Run PageBreak() => new(new Break { Type = BreakValues.Page });

    public static OpenXmlElement StyledSuperscript(string text) => new Run(
        new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }),
        new Text(text));
}
