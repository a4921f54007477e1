using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Numbering;

/// <summary>Writes numbering.xml: one multilevel abstractNum (I. / 1. / 1.1. / a)) and the num that uses it.</summary>
public static class NumberingPartWriter
{
    public const int NumberingId = 1;

    private static readonly NumberFormatValues[] Formats =
        [NumberFormatValues.UpperRoman, NumberFormatValues.Decimal, NumberFormatValues.Decimal, NumberFormatValues.LowerLetter];

    public static NumberingProperties Reference(int level) => new(
        new NumberingLevelReference { Val = level },
        new NumberingId { Val = NumberingId });

    public static void Write(MainDocumentPart main)
    {
        var abstractNum = new AbstractNum(
            new Nsid { Val = "2A5C3F10" },
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            new TemplateCode { Val = "0409001D" })
        { AbstractNumberId = 0 };
        for (var level = 0; level < 9; level++)
        {
            abstractNum.Append(Level(level));
        }

        var part = main.AddNewPart<NumberingDefinitionsPart>("rId6");
        part.Numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(
            abstractNum,
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = NumberingId });
    }

    private static Level Level(int level)
    {
        var used = level < ListLevels.Count;
        return new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = used ? Formats[level] : NumberFormatValues.Decimal },
            new LevelSuffix { Val = LevelSuffixValues.Space },
            new LevelText { Val = used ? ListLevels.LevelTexts[level] : $"%{level + 1}." },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "0", FirstLine = "720" }),
            new NumberingSymbolRunProperties(new Bold(), new BoldComplexScript()))
        { LevelIndex = level };
    }
}
