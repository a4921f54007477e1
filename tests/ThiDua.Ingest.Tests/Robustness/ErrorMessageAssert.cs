using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// An error record's message names the file, then says the cause in Vietnamese and in English
/// (<c>"name: Vietnamese / English"</c>).
/// </summary>
public static partial class ErrorMessageAssert
{
    public static void NamesFileAndCauseInBothLanguages(IngestError error, string fileName, string? englishCause)
    {
        Assert.Equal(fileName, error.FileName);
        Assert.StartsWith(fileName + ": ", error.Message, StringComparison.Ordinal);
        var text = error.Message[(fileName.Length + 2)..];
        var separator = text.IndexOf(" / ", StringComparison.Ordinal);
        Assert.True(separator > 0, $"no ' / ' between the Vietnamese and the English text: {error.Message}");
        var vietnamese = text[..separator];
        var english = text[(separator + 3)..];
        Assert.Matches(VietnameseLetters(), vietnamese);
        Assert.Matches(EnglishWords(), english);
        if (englishCause is not null) Assert.Contains(englishCause, english, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetters();

    [GeneratedRegex(@"\b(the|is|an?|file|format|data|cannot|could|not|too|empty|corrupt|invalid|unsupported|processing|took)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
