using System.Text;

namespace ThiDua.Extractors.Prose;

/// <summary>
/// Unicode NFC with a quick check first: a text of ASCII, Latin letters below U+0300, precomposed Vietnamese letters (U+1E00–U+1EFF)
/// and common punctuation (U+2010–U+205F) is already NFC, since none of those characters decomposes or combines. Only other texts
/// go to ICU, whose check alone costs more than the rest of the folding.
/// </summary>
public static class Nfc
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainlyComposed(text) || text.IsNormalized(NormalizationForm.FormC)) return text;
        return text.Normalize(NormalizationForm.FormC);
    }

    private static bool IsPlainlyComposed(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2010' and <= '\u205F') continue;
            return false;
        }

        return true;
    }
}
