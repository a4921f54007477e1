using System.Text;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Turns lines into runs: spaces where chunks stand apart, lines joined by a space (or without the hyphen where a word
/// was split), superscript markers linked to footnotes, unit powers as ² and ³, equal formats merged.
/// </summary>
public sealed class RunBuilder(Func<string, int, string?> resolveFootnote, Func<PdfTextChunk, string?>? linkedFootnote = null)
{
    public List<LayoutRun> Build(IEnumerable<PdfLine> lines)
    {
        var runs = new List<(StringBuilder Text, RunFormat Format, string? Footnote)>();
        var first = true;
        foreach (var line in lines)
        {
            if (!first) JoinLines(runs, line);
            first = false;
            double? lastRight = null;
            foreach (var c in line.Chunks)
            {
                var t = c.Text;
                var sup = line.IsSuperscript(c);
                var preceding = runs.Count > 0 ? runs[^1].Text.ToString() : "";
                if (sup && UnitPower.Rewrite(preceding.TrimEnd(), t) is { } power)
                {
                    Append(runs, power, runs.Count > 0 ? runs[^1].Format : Format(c, false), null);
                }
                else if ((linkedFootnote?.Invoke(c) ?? (sup && FootnoteMarker.IsMarkerText(t) ? resolveFootnote(t.Trim(), line.Page) : null)) is { } id)
                {
                    // A marker set a space apart from its word (`năm 2022 ¹.`) keeps the space in the text, as Word has it.
                    if (lastRight is { } r && c.Left - r > line.Size * 0.15 && preceding.Length > 0 && !char.IsWhiteSpace(preceding[^1])) runs[^1].Text.Append(' ');
                    runs.Add((new StringBuilder(t.Trim()), Format(c, true), id));
                }
                else
                {
                    if (lastRight is { } r && c.Left - r > c.FontSize * 0.1 && t.Length > 0 && !char.IsWhiteSpace(t[0])
                        && preceding.Length > 0 && !char.IsWhiteSpace(preceding[^1]))
                    {
                        t = " " + t;
                    }

                    Append(runs, t, Format(c, sup), null);
                }

                lastRight = c.Right;
            }
        }

        return Normalize(runs);
    }

    private static void JoinLines(List<(StringBuilder Text, RunFormat Format, string? Footnote)> runs, PdfLine next)
    {
        if (runs.Count == 0) return;
        var last = runs[^1].Text;
        while (last.Length > 0 && last[^1] == ' ') last.Length--;
        var nextText = next.Text;
        // A hyphen ending a line joins the next line without a space and stays: Vietnamese is not hyphenated, so it is
        // part of the text (33-NQ/TW, kinh tế-xã hội); a soft hyphen is dropped.
        if (last.Length >= 2 && last[^1] == '\u00AD')
        {
            last.Length--;
            return;
        }

        if (last.Length >= 2 && last[^1] == '-' && !char.IsWhiteSpace(last[^2]) && nextText.Length > 0 && !char.IsWhiteSpace(nextText[0])) return;

        last.Append(' ');
    }

    private static void Append(List<(StringBuilder Text, RunFormat Format, string? Footnote)> runs, string text, RunFormat format, string? footnote)
    {
        if (runs.Count > 0 && runs[^1].Footnote is null && footnote is null && runs[^1].Format == format)
        {
            runs[^1].Text.Append(text);
            return;
        }

        if (runs.Count > 0 && runs[^1].Footnote is null && text.Trim().Length == 0)
        {
            runs[^1].Text.Append(text);
            return;
        }

        runs.Add((new StringBuilder(text), format, footnote));
    }

    private static RunFormat Format(PdfTextChunk c, bool superscript) =>
        new(c.Bold, c.Italic, superscript, Math.Round(c.FontSize * 2) / 2, PdfFontFamily.Of(c.FontName));

    private static List<LayoutRun> Normalize(List<(StringBuilder Text, RunFormat Format, string? Footnote)> runs)
    {
        var result = new List<LayoutRun>();
        var previousSpace = true;
        foreach (var (sb, format, footnote) in runs)
        {
            var clean = new StringBuilder(sb.Length);
            foreach (var ch in sb.ToString())
            {
                var space = char.IsWhiteSpace(ch) || ch == '\u00A0';
                if (space && (previousSpace || footnote is not null)) continue;
                clean.Append(space ? ' ' : ch);
                previousSpace = space;
            }

            if (clean.Length == 0) continue;
            if (footnote is null && result.Count > 0 && result[^1].FootnoteId is null && result[^1].Format == format)
            {
                result[^1] = result[^1] with { Text = result[^1].Text + clean };
            }
            else
            {
                result.Add(new LayoutRun(clean.ToString(), format, footnote));
            }
        }

        if (result.Count > 0 && result[^1].Text.EndsWith(' '))
        {
            var t = result[^1].Text.TrimEnd();
            if (t.Length == 0) result.RemoveAt(result.Count - 1);
            else result[^1] = result[^1] with { Text = t };
        }

        return result;
    }
}
