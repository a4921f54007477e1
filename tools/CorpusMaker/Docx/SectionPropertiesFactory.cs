using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Builds a <c>w:sectPr</c> for a page geometry, with the page-number header.</summary>
public sealed class SectionPropertiesFactory(string headerPartId)
{
    public SectionProperties Create(PageGeometry page, bool firstSection)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerPartId },
            new PageSize
            {
                Width = (uint)page.Width,
                Height = (uint)page.Height,
                Orient = page.IsLandscape ? PageOrientationValues.Landscape : null,
            },
            new PageMargin
            {
                Top = page.Top,
                Bottom = page.Bottom,
                Left = (uint)page.Left,
                Right = (uint)page.Right,
                Header = 567,
                Footer = 567,
                Gutter = 0,
            },
            new Columns { Space = "720" });
        if (firstSection)
        {
            section.Append(new TitlePage());
        }

        section.Append(new DocGrid { LinePitch = 381 });
        return section;
    }
}
