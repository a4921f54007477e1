namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>The scale words written after a number: <c>nghìn</c>/<c>ngàn</c> ×10³, <c>triệu</c> ×10⁶, <c>tỷ</c>/<c>tỉ</c> ×10⁹ (<c>tỷ lệ</c>, a rate, is not a scale).</summary>
public static class ScaleWords
{
    private static readonly (string Word, decimal Factor)[] Words =
    [
        ("triệu", 1_000_000m),
        ("tỷ", 1_000_000_000m),
        ("tỉ", 1_000_000_000m),
        ("nghìn", 1_000m),
        ("ngàn", 1_000m),
    ];

    /// <summary>The scale word at <paramref name="position"/>, its factor and where it ends; null when there is none.</summary>
    public static (decimal Factor, int End)? MatchAt(string text, int position)
    {
        foreach (var (word, factor) in Words)
        {
            if (position + word.Length > text.Length) continue;
            if (string.Compare(text, position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var end = position + word.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            if (string.Compare(text, SkipSpaces(text, end), "lệ", 0, 2, StringComparison.OrdinalIgnoreCase) == 0) continue;
            return (factor, end);
        }

        return null;
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] == ' ') position++;
        return Math.Min(position, text.Length);
    }
}
