using System.Text;

namespace ThiDua.Extractors.Readers.Ocr.Layout;

/// <summary>
/// Puts back the heading number OCR misread at the start of a line: <c>2,</c> for <c>2.</c>, <c>2,1.</c> for
/// <c>2.1.</c>, <c>II,</c> for <c>II.</c>, <c>2.l.</c> for <c>2.1.</c>. A first word is read as a number when it is
/// shaped like one once its look-alikes (<c>ocr-lookalikes.tsv</c>) are replaced — parts of one or two digits (or one
/// Roman numeral) with separators between them and after them — holds at least one real digit or Roman letter, and is
/// followed by a capitalised word, as a heading's title is. Decimals in running text (<c>2,5 ha</c>) are followed by a
/// lower-case word and stay as read.
/// </summary>
internal static class OcrNumbering
{
    /// <summary>The label repaired, or null when the word is not a misread number (or was read right).</summary>
    public static string? Repair(string firstWord, string nextWord)
    {
        if (firstWord.Length < 2 || firstWord.Length > 12 || !StartsCapitalised(nextWord)) return null;
        var (digits, separators) = (OcrLookalikes.Instance.Digits, OcrLookalikes.Instance.Separators);
        var repaired = new StringBuilder(firstWord.Length);
        var parts = new List<string>();
        var part = new StringBuilder();
        var realDigitOrRoman = false;
        var roman = firstWord.TakeWhile(c => c is 'I' or 'V' or 'X').Count() is var r && r > 0 && r == firstWord.Length - 1;
        foreach (var c in firstWord)
        {
            if (char.IsAsciiDigit(c) || (roman && c is 'I' or 'V' or 'X'))
            {
                realDigitOrRoman = true;
                part.Append(c);
                repaired.Append(c);
            }
            else if (!roman && digits.TryGetValue(c, out var digit))
            {
                part.Append(digit);
                repaired.Append(digit);
            }
            else if (c == '.' || separators.ContainsKey(c))
            {
                if (part.Length == 0) return null;
                parts.Add(part.ToString());
                part.Clear();
                repaired.Append(c == '.' ? '.' : separators[c]);
            }
            else
            {
                return null;
            }
        }

        // a number ends with its separator; the last part may stand without one only after an earlier part (2.2)
        if (part.Length > 0)
        {
            if (parts.Count == 0) return null;
            parts.Add(part.ToString());
        }

        if (!realDigitOrRoman || parts.Count is 0 or > 4 || (!roman && parts.Any(p => p.Length > 2)) || (roman && parts.Count != 1)) return null;
        var label = repaired.ToString();
        return label == firstWord ? null : label;
    }

    private static bool StartsCapitalised(string word)
    {
        var letter = word.TrimStart('"', '“', '(', '\'').FirstOrDefault();
        return char.IsUpper(letter);
    }
}
