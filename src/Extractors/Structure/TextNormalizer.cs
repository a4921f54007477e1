using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Structure;

/// <summary>Clean text for the canonical model: Unicode NFC, whitespace runs folded to one space, trimmed.</summary>
public static class TextNormalizer
{
    public static string Clean(string text)
    {
        return WhiteSpace.Collapse(Nfc.Normalize(text), zeroWidthIsSpace: true).Trim();
    }

    /// <summary>True when the text has letters and none of them is lower case.</summary>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }

        return letters >= 2;
    }
}
