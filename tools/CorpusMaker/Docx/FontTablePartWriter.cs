using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>fontTable.xml naming Times New Roman.</summary>
public static class FontTablePartWriter
{
    public static void Write(MainDocumentPart main)
    {
        var part = main.AddNewPart<FontTablePart>("rId3");
        part.Fonts = new Fonts(new Font(
            new Panose1Number { Val = "02020603050405020304" },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        {
            Name = "Times New Roman",
        });
    }
}
