using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Store.Export.Xlsx;

/// <summary>The stylesheet behind <see cref="XlsxStyle"/>: two date formats, bold and italic fonts, thin borders for the official table.</summary>
internal static class XlsxStylesheet
{
    public const uint DateFormatId = 164;
    public const uint DateTimeFormatId = 165;
    public const uint PercentFormatId = 166;

    public static Stylesheet Create()
    {
        var numberingFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy\\-mm\\-dd" },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "yyyy\\-mm\\-dd\\ hh:mm:ss" },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0" })
        { Count = 3 };

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Italic(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Times New Roman" }))
        { Count = 4 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };

        CellFormat Format(uint font, uint border, uint numberFormat = 0, bool center = false, bool wrap = false)
        {
            var format = new CellFormat { FontId = font, FillId = 0, BorderId = border, NumberFormatId = numberFormat, FormatId = 0 };
            if (numberFormat != 0) format.ApplyNumberFormat = true;
            if (font != 0) format.ApplyFont = true;
            if (border != 0) format.ApplyBorder = true;
            if (center || wrap)
            {
                format.ApplyAlignment = true;
                format.Alignment = new Alignment
                {
                    Horizontal = center ? HorizontalAlignmentValues.Center : null,
                    Vertical = VerticalAlignmentValues.Center,
                    WrapText = wrap ? true : null,
                };
            }

            return format;
        }

        // The order is XlsxStyle's.
        var cellFormats = new CellFormats(
            Format(0, 0),
            Format(0, 0, DateFormatId),
            Format(0, 0, DateTimeFormatId),
            Format(1, 0),
            Format(0, 1, wrap: true),
            Format(1, 1, wrap: true),
            Format(1, 1, center: true, wrap: true),
            Format(2, 1, wrap: true),
            Format(0, 1, PercentFormatId),
            Format(3, 0, center: true, wrap: true),
            Format(2, 0))
        { Count = 11 };

        return new Stylesheet(
            numberingFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats);
    }
}
