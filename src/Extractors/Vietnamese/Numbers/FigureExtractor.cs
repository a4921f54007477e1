using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// Every quantity of a report's paragraphs and footnotes as a <see cref="Figure"/>: value normalized, unit canonical,
/// BlockId the paragraph (or the footnote id for a footnote). A fraction gives its numerator and its denominator;
/// a malformed number is kept as written with a null value. Texts are scanned sentence by sentence, the scans the checks reuse.
/// </summary>
public sealed class FigureExtractor
{
    public IReadOnlyList<Figure> Extract(Report report) => Extract(new ReportText(report));

    public IReadOnlyList<Figure> Extract(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<Figure>();
        foreach (var unit in text.AllText)
        {
            var ownerId = unit.BlockId ?? unit.FootnoteId!;
            foreach (var sentence in text.SentencesOf(unit)) AddFigures(sentence.Scan, ownerId, figures);
        }

        return figures;
    }

    private static void AddFigures(ScanResult scan, string ownerId, List<Figure> figures)
    {
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
}
