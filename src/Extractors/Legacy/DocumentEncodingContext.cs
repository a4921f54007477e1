using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Legacy;

/// <summary>
/// What the whole document tells about the encoding of each paragraph, for the text that cannot tell by itself:
/// the legacy encoding most legacy text is in (<see cref="Preferred"/>: text that reads both as TCVN3 and as VNI takes
/// it), the encoding of a paragraph too short to tell (its nearest telling neighbours', see <see cref="FallbackFor"/>),
/// and the legacy fonts this document uses for Unicode text (a Unicode report made from an old template keeps
/// <c>.VnTime</c> in its styles).
/// </summary>
internal sealed class DocumentEncodingContext
{
    private readonly LegacyEncoding[] _fallback;
    private readonly HashSet<LegacyEncoding> _unicodeFonts;

    private DocumentEncodingContext(LegacyEncoding preferred, LegacyEncoding[] fallback, HashSet<LegacyEncoding> unicodeFonts)
    {
        Preferred = preferred;
        _fallback = fallback;
        _unicodeFonts = unicodeFonts;
    }

    public LegacyEncoding Preferred { get; }

    /// <summary>The encoding for the undecided text of the paragraph at this reading-order index.</summary>
    public LegacyEncoding FallbackFor(int paragraphIndex) => _fallback[paragraphIndex];

    /// <summary>Whether runs in this encoding's fonts hold Unicode text in this document, rather than legacy codes.</summary>
    public bool FontsHoldUnicode(LegacyEncoding encoding) => _unicodeFonts.Contains(encoding);

    /// <param name="paragraphs">Every paragraph in reading order (<see cref="LayoutParagraphMap.All"/>).</param>
    /// <param name="detected">Each paragraph's encoding told by its text alone (read again with the preferred encoding, so
    /// that text reading both ways counts as the document's).</param>
    public static DocumentEncodingContext From(IReadOnlyList<LayoutParagraph> paragraphs, IReadOnlyList<LegacyEncoding> detected)
    {
        var legacy = paragraphs.Zip(detected).Where(d => d.Second != LegacyEncoding.None).ToList();
        var preferred = legacy.Count == 0 ? LegacyEncoding.None : legacy.GroupBy(d => d.Second).OrderByDescending(g => g.Sum(d => d.First.Text.Length)).First().Key;
        var unicode = paragraphs.Count(p => p.Text.Any(VietnameseLetters.IsUnicodeOnly));
        var dominant = legacy.Count > unicode ? preferred : LegacyEncoding.None;
        var reread = paragraphs.Select((p, i) => detected[i] == LegacyEncoding.None ? LegacyEncoding.None : MojibakeDetector.Detect(p.Text, preferred)).ToList();
        return new DocumentEncodingContext(preferred, Fallbacks(paragraphs, reread, dominant), UnicodeFonts(paragraphs));
    }

    /// <summary>
    /// A paragraph that cannot tell takes the reading of its nearest telling neighbours when they agree or only one
    /// exists (a short title inside a block of TCVN3 is TCVN3, inside Unicode it is Unicode), else the dominant encoding.
    /// </summary>
    private static LegacyEncoding[] Fallbacks(IReadOnlyList<LayoutParagraph> paragraphs, IReadOnlyList<LegacyEncoding> detected, LegacyEncoding dominant)
    {
        var telling = new LegacyEncoding?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (detected[i] != LegacyEncoding.None) telling[i] = detected[i];
            else if (paragraphs[i].Text.Any(VietnameseLetters.IsUnicodeOnly)) telling[i] = LegacyEncoding.None;
        }

        var before = new LegacyEncoding?[paragraphs.Count];
        LegacyEncoding? last = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            before[i] = last;
            last = telling[i] ?? last;
        }

        var fallback = new LegacyEncoding[paragraphs.Count];
        LegacyEncoding? next = null;
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            fallback[i] = (before[i], next) switch
            {
                ({ } b, { } a) when a == b => a,
                ({ } b, null) => b,
                (null, { } a) => a,
                _ => dominant,
            };
            next = telling[i] ?? next;
        }

        return fallback;
    }

    /// <summary>
    /// The encodings whose fonts hold more Unicode text (with letters no legacy code reads as) than legacy text (with
    /// Latin-1 traces) in this document, counted by paragraph length.
    /// </summary>
    private static HashSet<LegacyEncoding> UnicodeFonts(IReadOnlyList<LayoutParagraph> paragraphs)
    {
        var fonts = LegacyData.Fonts;
        var votes = new Dictionary<LegacyEncoding, int>();
        foreach (var paragraph in paragraphs)
        {
            foreach (var group in paragraph.Runs.GroupBy(r => fonts.Classify(r.Format.FontFamily).Encoding).Where(g => g.Key != LegacyEncoding.None))
            {
                var text = string.Concat(group.Select(r => r.Text));
                var vote = text.Any(VietnameseLetters.IsUnicodeOnly) ? text.Length : MojibakeDetector.ForeignInWord(text) > 0 ? -text.Length : 0;
                votes[group.Key] = votes.GetValueOrDefault(group.Key) + vote;
            }
        }

        return votes.Where(v => v.Value > 0).Select(v => v.Key).ToHashSet();
    }
}
