using System.Globalization;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Extractors.Legacy;

/// <summary>
/// Converts text typed in TCVN3 (ABC), VNI or VIQR to Unicode NFC, in any format. A run whose font is a legacy font is
/// decoded with its font's encoding (capitals for the ABC "H" fonts), unless the document uses those fonts for Unicode
/// text; other text is decoded when it reads as legacy mojibake (<see cref="MojibakeDetector"/>), paragraph by paragraph
/// and, in a paragraph that mixes both, run by run, so a document that mixes Unicode and TCVN3 comes out whole. Text that
/// cannot tell by itself takes what the rest of the document tells (<see cref="DocumentEncodingContext"/>). Runs in
/// symbol fonts (Symbol, Wingdings) are never decoded. A soft hyphen (U+00AD) is TCVN3's ư in legacy text; elsewhere it
/// is an invisible hyphenation point and is dropped.
/// </summary>
public sealed class LegacyEncodingTransform : ILayoutTransform
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>U+00AD: TCVN3's ư in legacy text, an invisible hyphenation point in Unicode text (dropped there).</summary>
    private const string SoftHyphen = "\u00AD";

    public LayoutDocument Apply(LayoutDocument layout, CancellationToken cancellationToken)
    {
        var fonts = LegacyData.Fonts;
        var paragraphs = LayoutParagraphMap.All(layout).ToList();
        var detected = paragraphs.Select(p => MojibakeDetector.Detect(p.Text)).ToList();
        if (!detected.Any(e => e != LegacyEncoding.None) && !paragraphs.Any(p => p.Runs.Any(r => fonts.Classify(r.Format.FontFamily).Encoding != LegacyEncoding.None || MojibakeDetector.Detect(r.Text) != LegacyEncoding.None)))
        {
            return paragraphs.Any(p => p.Text.Contains(SoftHyphen)) ? LayoutParagraphMap.Apply(layout, WithoutSoftHyphens) : layout;
        }

        var context = DocumentEncodingContext.From(paragraphs, detected);
        var index = 0;
        return LayoutParagraphMap.Apply(layout, p => Convert(p, context, index++));
    }

    private static LayoutParagraph Convert(LayoutParagraph paragraph, DocumentEncodingContext context, int index)
    {
        var fonts = LegacyData.Fonts;
        var legacyFont = paragraph.Runs.Select(r => FontEncoding(r, context)).ToArray();
        var unicodeFontText = string.Concat(paragraph.Runs.Where((r, i) => legacyFont[i].Encoding == LegacyEncoding.None && !fonts.IsSymbol(r.Format.FontFamily)).Select(r => r.Text));
        var byText = MojibakeDetector.Detect(unicodeFontText, context.Preferred);
        if (byText == LegacyEncoding.None && IsUndecided(unicodeFontText)) byText = context.FallbackFor(index);

        var changed = false;
        var runs = new LayoutRun[paragraph.Runs.Count];
        for (var i = 0; i < runs.Length; i++)
        {
            var run = paragraph.Runs[i];
            var (encoding, capitals) = legacyFont[i];
            if (fonts.IsSymbol(run.Format.FontFamily) || (encoding != LegacyEncoding.None && IsUnicodeInLegacyFont(paragraph, encoding)))
            {
                runs[i] = run;
                continue;
            }

            if (encoding == LegacyEncoding.None) encoding = byText != LegacyEncoding.None ? byText : MojibakeDetector.Detect(run.Text, context.Preferred);
            var text = encoding switch
            {
                LegacyEncoding.None => run.Text.Replace(SoftHyphen, "", StringComparison.Ordinal),
                LegacyEncoding.Vni => LegacyData.Vni.Decode(VniMarkSpacing.Rejoin(run.Text)),
                _ => LegacyData.TableFor(encoding).Decode(run.Text),
            };
            if (capitals) text = text.ToUpper(Vietnamese);
            var runChanged = text != run.Text;
            changed |= runChanged;
            runs[i] = runChanged ? run with { Text = text } : run;
        }

        return changed ? paragraph with { Runs = runs } : paragraph;
    }

    private static LayoutParagraph WithoutSoftHyphens(LayoutParagraph paragraph) =>
        paragraph.Text.Contains(SoftHyphen)
            ? paragraph with { Runs = paragraph.Runs.Select(r => r with { Text = r.Text.Replace(SoftHyphen, "", StringComparison.Ordinal) }).ToArray() }
            : paragraph;

    /// <summary>The run's font's encoding, none when this document uses that encoding's fonts for Unicode text.</summary>
    private static (LegacyEncoding Encoding, bool Capitals) FontEncoding(LayoutRun run, DocumentEncodingContext context)
    {
        var font = LegacyData.Fonts.Classify(run.Format.FontFamily);
        return font.Encoding != LegacyEncoding.None && context.FontsHoldUnicode(font.Encoding) ? (LegacyEncoding.None, false) : font;
    }

    /// <summary>
    /// Unicode text in a legacy font in a document that otherwise types legacy codes in it: the paragraph's text in the
    /// fonts of that encoding has a letter that no legacy code reads as.
    /// </summary>
    private static bool IsUnicodeInLegacyFont(LayoutParagraph paragraph, LegacyEncoding encoding) =>
        paragraph.Runs.Any(r => LegacyData.Fonts.Classify(r.Format.FontFamily).Encoding == encoding && r.Text.Any(VietnameseLetters.IsUnicodeOnly));

    /// <summary>Text with Latin-1 letters but nothing that tells Unicode from legacy (<c>Sè</c>, <c>Hoà</c>).</summary>
    private static bool IsUndecided(string text) =>
        !text.Any(VietnameseLetters.IsUnicodeOnly) && text.Any(c => c is >= '\u00A1' and <= '\u00FF');
}
