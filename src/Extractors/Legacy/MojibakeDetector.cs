namespace ThiDua.Extractors.Legacy;

/// <summary>
/// Tells, from the text alone, whether a paragraph is Vietnamese typed in a legacy encoding and read as Latin-1
/// (<c>B¸o c¸o</c> is TCVN3, <c>Baùo caùo</c> VNI, <c>Ba'o ca'o</c> VIQR). Unicode Vietnamese almost always has a letter
/// outside Latin-1 (ư, ơ, đ, ạ ...); legacy text has none, but has Latin-1 symbols and letters inside words that
/// Vietnamese never writes. The encoding chosen is the one whose decoding removes those traces.
/// </summary>
public static class MojibakeDetector
{
    public static LegacyEncoding Detect(string text)
    {
        if (text.Length == 0 || text.Any(VietnameseLetters.IsUnicodeOnly)) return LegacyEncoding.None;
        var traces = ForeignInWord(text);
        if (traces == 0) return text.All(char.IsAscii) && IsViqr(text) ? LegacyEncoding.Viqr : LegacyEncoding.None;

        var encoding = LooksLikeVni(text) ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;
        var decoded = LegacyData.TableFor(encoding).Decode(text);

        // Decoding must leave Vietnamese and remove most traces: a stray symbol in a title is no reason to rewrite it.
        return decoded.Any(VietnameseLetters.IsUnicodeOnly) && ForeignInWord(decoded) * 4 <= traces ? encoding : LegacyEncoding.None;
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
