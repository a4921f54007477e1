using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Extractors.Legacy;

/// <summary>
/// Repairs PDF font maps that put look-alike characters where Vietnamese letters belong (<c>PHƢƠNG</c> for <c>PHƯƠNG</c>,
/// data: lookalikes.tsv). Only a Vietnamese document is repaired (one with a letter only Vietnamese writes once the
/// look-alikes are read as letters), so the same characters in a document in another language stay.
/// </summary>
public sealed class GlyphLookalikeTransform : ILayoutTransform
{
    public LayoutDocument Apply(LayoutDocument layout, CancellationToken cancellationToken)
    {
        var table = LegacyData.Lookalikes;
        var paragraphs = LayoutParagraphMap.All(layout).ToList();
        if (!paragraphs.Any(p => p.Text.Any(table.Knows))) return layout;
        if (!paragraphs.Any(p => p.Text.Any(c => !table.Knows(c) && VietnameseLetters.IsUnicodeOnly(c)))) return layout;
        return LayoutParagraphMap.Apply(layout, p => Repair(p, table));
    }

    private static LayoutParagraph Repair(LayoutParagraph paragraph, EncodingTable table) =>
        paragraph.Text.Any(table.Knows)
            ? paragraph with { Runs = paragraph.Runs.Select(r => r.Text.Any(table.Knows) ? r with { Text = table.Decode(r.Text) } : r).ToArray() }
            : paragraph;
}
