using System.Globalization;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Extractors.Legacy;

/// <summary>
/// Converts text typed in TCVN3 (ABC), VNI or VIQR to Unicode NFC, in any format. A run whose font is a legacy font is
/// decoded with its font's encoding (capitals for the ABC "H" fonts); other text is decoded when it reads as legacy
/// mojibake (<see cref="MojibakeDetector"/>), paragraph by paragraph and, in a paragraph that mixes both, run by run,
/// so a document that mixes Unicode and TCVN3 comes out whole. Paragraphs too short to tell take the encoding most of the document is in.
/// </summary>
public sealed class LegacyEncodingTransform : ILayoutTransform
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public LayoutDocument Apply(LayoutDocument layout, CancellationToken cancellationToken)
    {
        var fonts = LegacyData.Fonts;
        var paragraphs = LayoutParagraphMap.All(layout).ToList();
        if (!paragraphs.Any(p => p.Runs.Any(r => fonts.Classify(r.Format.FontFamily).Encoding != LegacyEncoding.None || MojibakeDetector.Detect(r.Text) != LegacyEncoding.None) || MojibakeDetector.Detect(p.Text) != LegacyEncoding.None))
        {
            return layout;
        }

        var dominant = DominantEncoding(paragraphs);
        return LayoutParagraphMap.Apply(layout, p => Convert(p, dominant));
    }

    private static LayoutParagraph Convert(LayoutParagraph paragraph, LegacyEncoding dominant)
    {
        var fonts = LegacyData.Fonts;
        var unicodeFontText = string.Concat(paragraph.Runs.Where(r => fonts.Classify(r.Format.FontFamily).Encoding == LegacyEncoding.None).Select(r => r.Text));
        var byText = MojibakeDetector.Detect(unicodeFontText);
        if (byText == LegacyEncoding.None && IsUndecided(unicodeFontText)) byText = dominant;

        var changed = false;
        var runs = new LayoutRun[paragraph.Runs.Count];
        for (var i = 0; i < runs.Length; i++)
        {
            var run = paragraph.Runs[i];
            var (encoding, capitals) = fonts.Classify(run.Format.FontFamily);
            if (encoding == LegacyEncoding.None) encoding = byText != LegacyEncoding.None ? byText : MojibakeDetector.Detect(run.Text);
            var text = encoding == LegacyEncoding.None ? run.Text : LegacyData.TableFor(encoding).Decode(run.Text);
            if (capitals) text = text.ToUpper(Vietnamese);
            var runChanged = text != run.Text;
            changed |= runChanged;
            runs[i] = runChanged ? run with { Text = text } : run;
        }

        return changed ? paragraph with { Runs = runs } : paragraph;
    }

    /// <summary>The legacy encoding most paragraphs are in, when legacy paragraphs outnumber the Unicode ones.</summary>
    private static LegacyEncoding DominantEncoding(IReadOnlyList<LayoutParagraph> paragraphs)
    {
        var legacy = paragraphs.Select(p => MojibakeDetector.Detect(p.Text)).Where(e => e != LegacyEncoding.None).ToList();
        var unicode = paragraphs.Count(p => p.Text.Any(VietnameseLetters.IsUnicodeOnly));
        if (legacy.Count <= unicode) return LegacyEncoding.None;
        return legacy.GroupBy(e => e).OrderByDescending(g => g.Count()).First().Key;
    }

    /// <summary>Text with Latin-1 letters but nothing that tells Unicode from legacy (<c>Sè</c>, <c>Hoà</c>).</summary>
    private static bool IsUndecided(string text) =>
        !text.Any(VietnameseLetters.IsUnicodeOnly) && text.Any(c => c is >= '\u00A1' and <= '\u00FF');
}
