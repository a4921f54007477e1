using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>
/// The short horizontal line under the issuer name and under the motto (Decree 30): an empty 2 pt paragraph whose bottom
/// border, narrowed by left and right indents, is the line.
/// </summary>
public static class RuleParagraph
{
    private const int CellMargins = 216;

    public static Paragraph Create(int cellWidth, int lineWidth)
    {
        var indent = Math.Max(0, (cellWidth - CellMargins - lineWidth) / 2).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "auto" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { Left = indent, Right = indent },
            Justification = new Justification { Val = JustificationValues.Center },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }, new FontSizeComplexScript { Val = "4" }),
        });
    }
}
