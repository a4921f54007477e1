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

    /// <summary>The sentence's figures in text order: quantities and malformed numbers are each in order already, so they are merged.</summary>
    private static void AddFigures(ScanResult scan, string ownerId, List<Figure> figures)
    {
        var malformed = 0;
        foreach (var quantity in scan.Quantities)
        {
            for (; malformed < scan.Malformed.Count && scan.Malformed[malformed].Start < quantity.Start; malformed++) figures.Add(Unread(scan.Malformed[malformed], ownerId));
            foreach (var part in Parts(quantity)) figures.Add(new Figure(part.Text.Trim(), part.Value, part.Unit, ownerId));
        }

        for (; malformed < scan.Malformed.Count; malformed++) figures.Add(Unread(scan.Malformed[malformed], ownerId));
    }

    private static Figure Unread(MalformedNumber number, string ownerId) => new(number.Text, null, null, ownerId);

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
