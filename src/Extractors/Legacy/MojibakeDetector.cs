namespace ThiDua.Extractors.Legacy;

/// <summary>
/// Tells, from the text alone, whether a paragraph is Vietnamese typed in a legacy encoding and read as Latin-1
/// (<c>B¸o c¸o</c> is TCVN3, <c>Baùo caùo</c> VNI, <c>Ba'o ca'o</c> VIQR). Unicode Vietnamese almost always has a letter
/// outside Latin-1 (ư, ơ, đ, ạ ...); legacy text has none, but has Latin-1 symbols and letters inside words that
/// Vietnamese never writes. The encoding chosen is the one whose decoding removes those traces.
/// </summary>
public static class MojibakeDetector
{
    /// <param name="preferred">
    /// The encoding the rest of the document is in: text that reads as Vietnamese in both TCVN3 and VNI (short text made
    /// of VNI's one-character letters, <c>Ñôn vò tính</c>, or TCVN3's capitals) takes it.
    /// </param>
    public static LegacyEncoding Detect(string text, LegacyEncoding preferred = LegacyEncoding.None)
    {
        if (text.Length == 0 || text.Any(VietnameseLetters.IsUnicodeOnly)) return LegacyEncoding.None;
        var traces = ForeignInWord(text);
        if (traces == 0) return text.All(char.IsAscii) && IsViqr(text) ? LegacyEncoding.Viqr : LegacyEncoding.None;

        var tcvn3 = DecodesToVietnamese(text, LegacyEncoding.Tcvn3, traces);
        var vni = DecodesToVietnamese(text, LegacyEncoding.Vni, traces);
        if (tcvn3 && vni)
        {
            if (preferred is LegacyEncoding.Tcvn3 or LegacyEncoding.Vni) return preferred;
            return LooksLikeVni(text) ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;
        }

        return vni ? LegacyEncoding.Vni : tcvn3 ? LegacyEncoding.Tcvn3 : LegacyEncoding.None;
    }

    /// <summary>
    /// Decoding leaves Vietnamese and removes most traces: a stray symbol in a title is no reason to rewrite it.
    /// Vietnamese: a letter only Unicode Vietnamese writes, or (VNI) a letter composed from a vowel and its mark
    /// (<c>Raø soaùt</c> is <c>Rà soát</c>, all in Latin-1).
    /// </summary>
    private static bool DecodesToVietnamese(string text, LegacyEncoding encoding, int traces)
    {
        var decoded = LegacyData.TableFor(encoding).Decode(text);
        var vietnamese = decoded.Any(VietnameseLetters.IsUnicodeOnly) || (encoding == LegacyEncoding.Vni && decoded.Length < text.Length);
        return vietnamese && ForeignInWord(decoded) * 4 <= traces;
    }

    /// <summary>
    /// VNI writes a tone or vowel mark as a character after its vowel (<c>aù</c>, <c>eâ</c>); TCVN3 writes whole letters,
    /// mostly after consonants (<c>B¸o</c>). Most Latin-1 characters standing as the mark of a VNI pair means VNI.
    /// </summary>
    private static bool LooksLikeVni(string text)
    {
        var vni = LegacyData.Vni;
        int latin1 = 0, marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < '\u00A1' or > '\u00FF') continue;
            latin1++;
            if (i > 0 && char.IsLetter(text[i - 1]) && vni.IsSequence(text.Substring(i - 1, 2))) marks++;
        }

        return marks * 5 >= latin1 * 2;
    }

    /// <summary>Latin-1 characters Vietnamese never writes, standing next to a letter.</summary>
    public static int ForeignInWord(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!VietnameseLetters.IsForeignLatin1(text[i])) continue;
            var letterBefore = i > 0 && char.IsLetter(text[i - 1]);
            var letterAfter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (letterBefore || letterAfter) count++;
        }

        return count;
    }

    /// <summary>
    /// VIQR needs marks that plain text does not put after a vowel: ^ ( + or a backquote, or "dd" at a word start;
    /// three of them at least, so an apostrophe or a question mark in English or code is not read as a tone.
    /// </summary>
    private static bool IsViqr(string text)
    {
        var marks = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var previous = char.ToLowerInvariant(text[i - 1]);
            var isVowel = previous is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (isVowel && text[i] is '^' or '(' or '+' or '`') marks++;
            else if (previous == 'd' && text[i] is 'd' or 'D' && (i < 2 || !char.IsLetter(text[i - 2]))) marks++;
        }

        return marks >= 3;
    }
}
