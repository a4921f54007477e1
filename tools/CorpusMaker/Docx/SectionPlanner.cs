using CorpusMaker.Tdm;

namespace CorpusMaker.Docx;

/// <summary>Chooses each appendix's page orientation: landscape when it holds a table of eight or more columns.</summary>
public sealed class SectionPlanner(GridPlacer layout)
{
    private const int LandscapeColumns = 8;

    public PageGeometry GeometryAfter(IReadOnlyList<TdmBlock> blocks, int appendixIndex)
    {
        for (var i = appendixIndex + 1; i < blocks.Count && blocks[i] is not TdmAppendixBreak; i++)
        {
            if (blocks[i] is TdmTable table && layout.Place(table).ColumnCount >= LandscapeColumns)
            {
                return PageGeometry.Landscape;
            }
        }

        return PageGeometry.Portrait;
    }
}
