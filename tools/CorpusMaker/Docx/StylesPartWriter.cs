using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>styles.xml: Times New Roman 14 pt defaults, Normal, footnote text and reference, table grid, header.</summary>
public static class StylesPartWriter
{
    private const string Font = "Times New Roman";

    public static void Write(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rId1");
        part.Styles = new Styles(
            Defaults(),
            ParagraphStyle(StyleIds.Normal, "Normal", null, isDefault: true, new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })),
            CharacterStyle(StyleIds.DefaultParagraphFont, "Default Paragraph Font", null, isDefault: true, null),
            TableNormal(),
            new Style(new StyleName { Val = "No List" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed())
            {
                Type = StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true,
            },
            TableGrid(),
            FootnoteText(),
            CharacterStyle(StyleIds.FootnoteTextChar, "Footnote Text Char", StyleIds.DefaultParagraphFont, isDefault: false, new StyleRunProperties(
                new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
            CharacterStyle(StyleIds.FootnoteReference, "footnote reference", StyleIds.DefaultParagraphFont, isDefault: false, new StyleRunProperties(
                new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })),
            ParagraphStyle(StyleIds.Header, "header", StyleIds.Normal, isDefault: false, new StyleParagraphProperties(
                new Tabs(
                    new TabStop { Val = TabStopValues.Center, Position = 4680 },
                    new TabStop { Val = TabStopValues.Right, Position = 9360 }))));
    }

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
            new FontSize { Val = "28" },
            new FontSizeComplexScript { Val = "28" },
            new Languages { Val = "en-US", EastAsia = "en-US", Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

    private static Style FootnoteText()
    {
        var style = ParagraphStyle(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, isDefault: false, new StyleParagraphProperties(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = JustificationValues.Both }));
        style.Append(new StyleRunProperties(new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }));
        return style;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties? properties)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (properties is not null)
        {
            style.Append(properties);
        }

        return style;
    }

    private static Style CharacterStyle(string id, string name, string? basedOn, bool isDefault, StyleRunProperties? properties)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Character, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new UIPriority { Val = 99 });
        if (properties is not null)
        {
            style.Append(properties);
        }

        return style;
    }

    private static Style TableNormal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 },
        new SemiHidden(),
        new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true,
    };

    private static Style TableGrid() => new(
        new StyleName { Val = "Table Grid" },
        new BasedOn { Val = StyleIds.TableNormal },
        new UIPriority { Val = 59 },
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" })))
    {
        Type = StyleValues.Table, StyleId = StyleIds.TableGrid,
    };
}
