using ThiDua.Extractors.Knowledge;

namespace ThiDua.Extractors.Readers.Ocr.Layout;

/// <summary>
/// What OCR reads in place of the characters of a heading number (<c>ocr-lookalikes.tsv</c>): look-alikes of a digit,
/// of a separator, and the strokes of a Roman numeral (<c>H</c> is two <c>I</c> run together, <c>L</c> an <c>I</c> with
/// its full stop).
/// </summary>
internal sealed class OcrLookalikes
{
    private static readonly Lazy<OcrLookalikes> Loaded = new(Load);

    private OcrLookalikes(Dictionary<char, char> digits, Dictionary<char, char> separators, Dictionary<char, string> romanStrokes)
    {
        Digits = digits;
        Separators = separators;
        RomanStrokes = romanStrokes;
    }

    public static OcrLookalikes Instance => Loaded.Value;

    public IReadOnlyDictionary<char, char> Digits { get; }

    public IReadOnlyDictionary<char, char> Separators { get; }

    /// <summary>A character read inside a Roman numeral and the numeral letters it stands for.</summary>
    public IReadOnlyDictionary<char, string> RomanStrokes { get; }

    private static OcrLookalikes Load()
    {
        var file = KnowledgeFile.Load("ocr-lookalikes.tsv");
        var digits = new Dictionary<char, char>();
        var separators = new Dictionary<char, char>();
        var roman = new Dictionary<char, string>();
        foreach (var row in file.Rows)
        {
            var (read, meant, role) = (file.Field(row, "read"), file.Field(row, "meant"), file.Field(row, "role"));
            if (read.Length != 1 || meant.Length == 0) throw new InvalidDataException($"ocr-lookalikes.tsv: '{read}' → '{meant}' must read one character");
            if (role == "roman")
            {
                if (meant.Any(c => c is not ('I' or 'V' or 'X'))) throw new InvalidDataException($"ocr-lookalikes.tsv: '{meant}' is not Roman numeral letters");
                roman[read[0]] = meant;
                continue;
            }

            if (meant.Length != 1) throw new InvalidDataException($"ocr-lookalikes.tsv: '{read}' → '{meant}' is not one character each");
            var into = role switch
            {
                "digit" => digits,
                "separator" => separators,
                _ => throw new InvalidDataException($"ocr-lookalikes.tsv: unknown role '{role}'"),
            };
            into[read[0]] = meant[0];
        }

        return new OcrLookalikes(digits, separators, roman);
    }
}
