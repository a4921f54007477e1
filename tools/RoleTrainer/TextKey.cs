using System.Text;

namespace ThiDua.RoleTrainer;

/// <summary>Text compared across renditions: NFC, lower case, white space folded, footnote digits glued to words dropped.</summary>
public static class TextKey
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
