using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Comparison form of text: NFC, whitespace folded, trimmed.</summary>
public static partial class Text
{
    public static string Fold(string? text) =>
        text is null ? string.Empty : Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
