namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// The footnote markers the body cites: raised marker chunks (digits or asterisks, not a unit's power) inside body lines,
/// each with the place of its first citation. A marker opening its line is a note's own marker, not a citation.
/// </summary>
public sealed class FootnoteCitations
{
    private readonly Dictionary<string, (int Page, double Top)> _first = new(StringComparer.Ordinal);
    private (int Page, double Top) _last = (0, double.MinValue);

    public static FootnoteCitations Read(List<List<PdfLine>> lines, Func<PdfLine, bool> inBody)
    {
        var citations = new FootnoteCitations();
        foreach (var line in lines.SelectMany(p => p).Where(inBody))
        {
            var before = "";
            foreach (var c in line.Chunks)
            {
                var opensLine = before.Trim().Length == 0;
                if (!opensLine && line.IsSuperscript(c) && FootnoteMarker.IsMarkerText(c.Text) && UnitPower.Rewrite(before.TrimEnd(), c.Text) is null)
                {
                    citations._first.TryAdd(c.Text.Trim(), (line.Page, line.Top));
                    if (Precedes(citations._last, (line.Page, line.Top))) citations._last = (line.Page, line.Top);
                }

                before += c.Text;
            }
        }

        return citations;
    }

    public int Count => _first.Count;

    public IEnumerable<string> Markers => _first.Keys;

    public bool Contains(string marker) => _first.ContainsKey(marker);

    /// <summary>Whether <paramref name="line"/> stands below the document's last citation (where notes gathered at the end begin).</summary>
    public bool AfterLastCitation(PdfLine line) => Precedes(_last, (line.Page, line.Top));

    /// <summary>
    /// Whether the marker is cited before <paramref name="line"/> in reading order (above it on its page, or on an earlier
    /// page): notes are numbered in order of first citation, so a note stands at or after its first citation.
    /// </summary>
    public bool CitedBefore(string marker, PdfLine line) =>
        _first.TryGetValue(marker, out var at) && Precedes(at, (line.Page, line.Top));

    /// <summary>Reading order: an earlier page, or higher on the same page.</summary>
    private static bool Precedes((int Page, double Top) first, (int Page, double Top) second) =>
        first.Page < second.Page || (first.Page == second.Page && first.Top < second.Top);
}
