using System.Text;

namespace ThiDua.Extractors.Prose;

/// <summary>White space runs folded to one space, by hand: a regex replace would rebuild every string, and most texts have nothing to fold.</summary>
public static class WhiteSpace
{
    /// <summary>Every run of white space (<c>\s</c>, and U+200B zero width space when asked) as one space; the text itself when there is none to fold.</summary>
    public static string Collapse(string text, bool zeroWidthIsSpace = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCollapse(text, zeroWidthIsSpace)) return text;
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c, zeroWidthIsSpace))
            {
                if (!inSpace) builder.Append(' ');
                inSpace = true;
            }
            else
            {
                builder.Append(c);
                inSpace = false;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCollapse(string text, bool zeroWidthIsSpace)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSpace(text[i], zeroWidthIsSpace) && (text[i] != ' ' || (i + 1 < text.Length && IsSpace(text[i + 1], zeroWidthIsSpace)))) return true;
        }

        return false;
    }

    private static bool IsSpace(char c, bool zeroWidthIsSpace) => char.IsWhiteSpace(c) || (zeroWidthIsSpace && c == '\u200B');
}
