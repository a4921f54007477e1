using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>settings.xml as Word writes it, with <c>w:footnotePr</c> naming the separator footnotes.</summary>
public static class SettingsPartWriter
{
    public static void Write(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>("rId2");
        part.Settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new FootnoteDocumentWideProperties(
                new FootnoteSpecialReference { Id = FootnotesPartWriter.SeparatorId },
                new FootnoteSpecialReference { Id = FootnotesPartWriter.ContinuationSeparatorId }),
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new DecimalSymbol { Val = "," },
            new ListSeparator { Val = ";" });
    }
}
