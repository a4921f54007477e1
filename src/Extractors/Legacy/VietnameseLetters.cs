namespace ThiDua.Extractors.Legacy;

/// <summary>Which characters tell Unicode Vietnamese from legacy-encoded text read as Latin-1.</summary>
public static class VietnameseLetters
{
    private const string Latin1Vietnamese = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

    /// <summary>A letter only Unicode Vietnamese text has: ă ơ ư đ ĩ ũ and the letters of U+1EA0-U+1EF9, or a combining mark.</summary>
    public static bool IsUnicodeOnly(char c) =>
        c is 'Ă' or 'ă' or 'Ơ' or 'ơ' or 'Ư' or 'ư' or 'Đ' or 'đ' or 'Ĩ' or 'ĩ' or 'Ũ' or 'ũ'
        || c is >= '\u1EA0' and <= '\u1EF9'
        || c is >= '\u0300' and <= '\u036F';

    /// <summary>
    /// A Latin-1 character that Vietnamese never writes (a symbol such as ¸ µ ¶, or a letter such as ø ñ ï Ë):
    /// inside a word it is the trace of a legacy encoding read as Latin-1.
    /// </summary>
    public static bool IsForeignLatin1(char c) =>
        c is >= '\u00A1' and <= '\u00FF' && !Latin1Vietnamese.Contains(c) && !UnitSymbols.Contains(c);

    /// <summary>Latin-1 symbols that Unicode reports write beside letters (m², 30°C, ±5%).</summary>
    private const string UnitSymbols = "×÷°±²³¹¼½¾§";
}
