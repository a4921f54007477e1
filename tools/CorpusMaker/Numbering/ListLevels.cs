namespace CorpusMaker.Numbering;

/// <summary>The four list levels of the heading numbering, as numbering.xml defines them and as Word renders them.</summary>
public static class ListLevels
{
    public const int Count = 4;

    /// <summary>The <c>w:lvlText</c> of each level.</summary>
    public static IReadOnlyList<string> LevelTexts { get; } = ["%1.", "%2.", "%2.%3.", "%4)"];

    /// <summary>The label Word shows for a paragraph at <paramref name="level"/> with these counters.</summary>
    public static string Render(int level, IReadOnlyList<int> counters) => level switch
    {
        0 => $"{Roman(counters[0])}.",
        1 => $"{counters[1]}.",
        2 => $"{counters[1]}.{counters[2]}.",
        3 => $"{Letter(counters[3])})",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    private static string Roman(int value)
    {
        (int Value, string Text)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var text = new System.Text.StringBuilder();
        foreach (var (numeral, symbol) in numerals)
        {
            for (; value >= numeral; value -= numeral)
            {
                text.Append(symbol);
            }
        }

        return text.ToString();
    }

    private static string Letter(int value)
    {
        var letter = (char)('a' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }
}
