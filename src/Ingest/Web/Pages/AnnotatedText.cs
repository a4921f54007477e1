using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// Writes a paragraph's text escaped, with flag quotes and figures wrapped where they stand. Outer marks (flags) must not
/// overlap each other; an inner mark (a figure) is kept only when it lies wholly inside one outer mark or outside all.
/// </summary>
public static class AnnotatedText
{
    public static void Write(HtmlBuilder html, string text, IReadOnlyList<TextMark> outer, IReadOnlyList<TextMark> inner)
    {
        var flags = NonOverlapping(outer);
        var figures = NonOverlapping(inner).Where(f => flags.All(m => f.End <= m.Start || f.Start >= m.End || (f.Start >= m.Start && f.End <= m.End))).ToList();
        var position = 0;
        foreach (var mark in flags)
        {
            WriteWithFigures(html, text, position, mark.Start, figures);
            html.Append($"<{new Markup(mark.Tag)} {new Markup(mark.Attributes)}>");
            WriteWithFigures(html, text, mark.Start, mark.End, figures);
            html.Append($"</{new Markup(mark.Tag)}>");
            position = mark.End;
        }

        WriteWithFigures(html, text, position, text.Length, figures);
    }

    /// <summary>Finds where a quote stands in a text: exactly, or with white space runs treated as one.</summary>
    public static (int Start, int Length)? Find(string text, string? quote, int from = 0)
    {
        if (string.IsNullOrWhiteSpace(quote) || from >= text.Length) return null;
        var exact = text.IndexOf(quote, from, StringComparison.Ordinal);
        if (exact >= 0) return (exact, quote.Length);
        var trimmed = quote.Trim().TrimEnd('.', '…').Trim();
        if (trimmed.Length == 0) return null;
        var loose = text.IndexOf(trimmed, from, StringComparison.Ordinal);
        return loose >= 0 ? (loose, trimmed.Length) : null;
    }

    private static void WriteWithFigures(HtmlBuilder html, string text, int start, int end, List<TextMark> figures)
    {
        var position = start;
        foreach (var figure in figures)
        {
            if (figure.Start < start || figure.End > end) continue;
            html.AppendText(text[position..figure.Start]);
            html.Append($"<{new Markup(figure.Tag)} {new Markup(figure.Attributes)}>{text[figure.Start..figure.End]}</{new Markup(figure.Tag)}>");
            position = figure.End;
        }

        html.AppendText(text[position..end]);
    }

    private static List<TextMark> NonOverlapping(IEnumerable<TextMark> marks)
    {
        var kept = new List<TextMark>();
        foreach (var mark in marks.Where(m => m.Length > 0).OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (kept.Count == 0 || mark.Start >= kept[^1].End) kept.Add(mark);
        }

        return kept;
    }
}
