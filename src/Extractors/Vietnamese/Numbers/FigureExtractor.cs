using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// Every quantity of a report's paragraphs and footnotes as a <see cref="Figure"/>: value normalized, unit canonical,
/// BlockId the paragraph (or the footnote id for a footnote). A fraction gives its numerator and its denominator;
/// a malformed number is kept as written with a null value.
/// </summary>
public sealed class FigureExtractor
{
    public IReadOnlyList<Figure> Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var figures = new List<Figure>();
        foreach (var block in Paragraphs(report.Sections)) AddFigures(block.Text!, block.Id, figures);
        foreach (var footnote in report.Footnotes) AddFigures(footnote.Text, footnote.Id, figures);
        return figures;
    }

    private static void AddFigures(string text, string ownerId, List<Figure> figures)
    {
        var scan = QuantityScanner.Scan(text);
        var items = scan.Quantities.SelectMany(Parts).Select(q => (q.Start, Figure: new Figure(q.Text.Trim(), q.Value, q.Unit, ownerId)))
            .Concat(scan.Malformed.Select(m => (m.Start, Figure: new Figure(m.Text, null, null, ownerId))))
            .OrderBy(x => x.Start);
        figures.AddRange(items.Select(x => x.Figure));
    }

    private static IEnumerable<Quantity> Parts(Quantity quantity)
    {
        if (quantity.Denominator is not { } denominator)
        {
            yield return quantity;
            yield break;
        }

        var numeratorText = quantity.Text[..Math.Max(0, quantity.Text.IndexOf('/', StringComparison.Ordinal))];
        yield return quantity with { Text = numeratorText, Denominator = null };
        yield return denominator;
    }

    private static IEnumerable<Block> Paragraphs(IEnumerable<Section> sections)
    {
        foreach (var section in sections)
        {
            foreach (var block in section.Blocks.Where(b => b.Kind == Block.ParagraphKind && b.Text is not null)) yield return block;
            foreach (var block in Paragraphs(section.Children)) yield return block;
        }
    }
}
