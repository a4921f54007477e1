using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Ocr.Layout;

/// <summary>
/// Roman heading numbers that only their sequence shows misread (<c>IL</c> or <c>H.</c> for <c>II.</c>, <c>IH.</c> or
/// <c>II.</c> for <c>III.</c>): the headings' Roman numbers are read in document order, and a number that breaks the run
/// (I, II, ?, IV) becomes the expected one when it is an OCR look-alike of it — the same strokes once the look-alikes
/// of <c>ocr-lookalikes.tsv</c> are spelled out, or one <c>I</c> short or over when the next number confirms the run
/// (<c>IL.</c> then <c>H.</c> under a part: I., II.). A part heading (<c>PHẦN II</c>) starts the runs again. A number
/// that is no look-alike (a report's own <c>V.</c> twice) stays as printed. Scanned pages only.
/// </summary>
internal static partial class RomanSequence
{
    /// <summary>Share of a line's words that are bold for it to read as a heading.</summary>
    private const double MostlyBold = 0.6;

    public static IReadOnlyList<PdfPageText> Repair(IReadOnlyList<PdfPageText> pages)
    {
        var numbers = pages.SelectMany(Numbers).ToList();
        var repaired = new Dictionary<PdfTextChunk, PdfTextChunk>(ReferenceEqualityComparer.Instance);
        var previous = 0;
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            if (number.Chunk is null)
            {
                previous = 0;
                continue;
            }

            var expected = previous + 1;
            var strokes = Strokes(number.Letters);
            var value = Value(number.Letters);
            var confirmed = i + 1 < numbers.Count && numbers[i + 1].Chunk is not null && Value(Strokes(numbers[i + 1].Letters)) == expected + 1;
            var lostStroke = confirmed && ((value is not null && expected > 1 && IsOneStrokeShort(number.Letters, ListNumberFormatter.Roman(expected)))
                || (value is null && IsOneStrokeShort(ListNumberFormatter.Roman(expected), strokes)));
            // a look-alike of the expected number, or of I where a new run starts (L. for I. after PHẦN II)
            var meant = value != expected && (strokes == ListNumberFormatter.Roman(expected) || lostStroke) ? expected
                : value is null && strokes == ListNumberFormatter.Roman(1) ? 1
                : 0;
            if (meant > 0 && number.Chunk is { } chunk)
            {
                var label = ListNumberFormatter.Roman(meant) + number.Separator;
                repaired[chunk] = chunk with { Text = chunk.Text.Replace(chunk.Text.Trim(), label, StringComparison.Ordinal) };
                previous = meant;
            }
            else if ((value ?? Value(strokes)) is { } read)
            {
                previous = read;
            }
        }

        if (repaired.Count == 0) return pages;
        return pages.Select(p => p.Chunks.Any(repaired.ContainsKey) ? p with { Chunks = p.Chunks.Select(c => repaired.GetValueOrDefault(c, c)).ToList() } : p).ToList();
    }

    /// <summary>The Roman-looking numbers that open the page's heading-like lines (a capitalised title, mostly bold or in
    /// capitals), in reading order; a heading-like line whose second word is a Roman numeral (a part, <c>PHẦN II</c>)
    /// starts the runs under it again and is given with no chunk.</summary>
    private static IEnumerable<(PdfTextChunk? Chunk, string Letters, string Separator)> Numbers(PdfPageText page)
    {
        foreach (var line in LineBuilder.Build(page))
        {
            var words = line.Chunks.Where(c => c.Text.Trim().Length > 0).ToList();
            if (words.Count < 2) continue;
            var title = words.Skip(1).ToList();
            var letters = string.Concat(title.SelectMany(w => w.Text).Where(char.IsLetter));
            var headingLike = title.Count(w => w.Bold) >= MostlyBold * title.Count || letters.Count(char.IsUpper) >= MostlyBold * letters.Length;
            if (!headingLike) continue;
            if (words.Count > 2 && char.IsUpper(words[0].Text.Trim()[0]) && Value(words[1].Text.Trim().TrimEnd('.', ':')) is not null)
            {
                yield return (null, "", "");
                continue;
            }

            if (!char.IsUpper(words[1].Text.Trim()[0]) || Token().Match(words[0].Text.Trim()) is not { Success: true } token) continue;
            var read = token.Groups[1].Value;
            var separator = token.Groups[2].Value.Length > 0 || read.EndsWith('L') ? "." : "";
            yield return (words[0], read, separator);
        }
    }

    /// <summary>The numeral letters a read number stands for, its look-alikes spelled out.</summary>
    private static string Strokes(string read)
    {
        var strokes = new StringBuilder();
        foreach (var c in read) strokes.Append(OcrLookalikes.Instance.RomanStrokes.TryGetValue(c, out var meant) ? meant : c.ToString());
        return strokes.ToString();
    }

    /// <summary>The read number is the expected one with one <c>I</c> left out (<c>II</c> for <c>III</c>); with the
    /// arguments the other way round, one <c>I</c> over.</summary>
    private static bool IsOneStrokeShort(string read, string expected) =>
        Enumerable.Range(0, expected.Length).Any(i => expected[i] == 'I' && expected.Remove(i, 1) == read);

    /// <summary>The value of a well-formed Roman numeral up to 39, else null.</summary>
    private static int? Value(string letters)
    {
        for (var n = 1; n < 40; n++) if (ListNumberFormatter.Roman(n) == letters) return n;
        return null;
    }

    /// <summary>A Roman-looking number: numeral letters and their look-alikes, at least one of them an upper-case
    /// letter (so that a misread Arabic <c>1.</c> stays Arabic), then a full stop or comma.</summary>
    [GeneratedRegex(@"^(?=[^IVXHL]*[IVXHL])([IVXHLl1|]{1,5})([.,]?)$")]
    private static partial Regex Token();
}
