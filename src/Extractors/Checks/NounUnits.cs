using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Counts of things the unit catalog does not know (<c>09 TTHC (cấp tỉnh 05 TTHC, cấp xã 04 TTHC)</c>, <c>9.976 biên chế</c>):
/// the word after a bare number is read as its unit, marked <see cref="Prefix"/> so that a total and its parts match only on the
/// same word. Such a reading is a guess, so a claim built on it is recorded but never raised as an error.
/// </summary>
internal static partial class NounUnits
{
    public const string Prefix = "~";

    public static IReadOnlyList<Quantity> Apply(Sentence sentence)
    {
        var quantities = sentence.Quantities;
        if (!quantities.Any(q => q.Unit is null)) return quantities;
        return quantities.Select(q => q.Unit is null && !q.IsFraction && Noun().Match(sentence.Text[q.End..]) is { Success: true } noun && !StopWords.Contains(noun.Groups["w"].Value)
            ? q with { Unit = Prefix + noun.Groups["w"].Value.ToLowerInvariant(), UnitWritten = true }
            : q).ToList();
    }

    /// <summary>
    /// A bare total whose subject names what it counts (<c>tổng số TTHC thuộc phạm vi quản lý ... là 2.372</c>): the first word
    /// after <c>số</c> as its unit, marked like a noun read after a number.
    /// </summary>
    public static Quantity FromSubject(string text, Quantity quantity)
    {
        if (quantity.Unit is not null || quantity.IsFraction) return quantity;
        return SubjectNoun().Match(text[..quantity.Start]) is { Success: true } subject && !StopWords.Contains(subject.Groups["w"].Value)
            ? quantity with { Unit = Prefix + subject.Groups["w"].Value.ToLowerInvariant(), UnitWritten = true }
            : quantity;
    }

    /// <summary>
    /// A mismatch whose total's unit was guessed becomes unverifiable, unless every part repeats that noun after its own figure
    /// (<c>420 TTHC (Thuế tỉnh 217 TTHC; ...; Công an tỉnh 167 TTHC)</c>): the text itself then names what is counted.
    /// </summary>
    public static Finding Guarded(Finding finding, Quantity total, IReadOnlyList<Quantity> parts, string text) =>
        finding.Status == CheckStatus.Mismatch && total.Unit is { } unit && unit.StartsWith(Prefix, StringComparison.Ordinal) && !RepeatedByEveryPart(unit, parts, text)
            ? finding.AsUnverifiable("Đơn vị đọc từ danh từ sau số, không chắc chắn / The unit is read from the noun after the number, not certain")
            : finding;

    private static bool RepeatedByEveryPart(string unit, IReadOnlyList<Quantity> parts, string text) =>
        parts.Count >= 2 && parts.All(p => p.End <= text.Length && Noun().Match(text[p.End..]) is { Success: true } noun && Prefix + noun.Groups["w"].Value.ToLowerInvariant() == unit);

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "và", "là", "của", "trong", "đến", "với", "tại", "so", "đã", "được", "có", "các", "những", "trên", "dưới", "từ", "theo", "năm", "cho", "thì", "đạt", "bằng",
    };

    [GeneratedRegex(@"(?i)(?<![\p{L}])số\s+(?<w>\p{L}+)[^\d;:()]{0,80}?\s(?:là|:)\s*$")]
    private static partial Regex SubjectNoun();

    [GeneratedRegex(@"^\s(?<w>\p{L}+)(?![\p{L}\d/])")]
    private static partial Regex Noun();
}
