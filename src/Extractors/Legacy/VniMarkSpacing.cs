using System.Text;

namespace ThiDua.Extractors.Legacy;

/// <summary>
/// VNI types a tone or vowel mark as a character of its own after its vowel (<c>keá</c> is <c>kế</c>), drawn with no
/// advance over the vowel. A PDF reader that tells words by gaps may set such a mark apart: <c>ke á hoaïch</c>. A mark
/// standing alone after a space, where the letter before the space and the mark make a VNI sequence, is joined back.
/// </summary>
internal static class VniMarkSpacing
{
    public static string Rejoin(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal)) return text;
        var vni = LegacyData.Vni;
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var detached = text[i] == ' ' && i > 0 && i + 1 < text.Length
                && (i + 2 == text.Length || !char.IsLetter(text[i + 2]))
                && vni.IsSequence(string.Concat(text[i - 1], text[i + 1]));
            if (detached)
            {
                result ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            result?.Append(text[i]);
        }

        return result?.ToString() ?? text;
    }
}
