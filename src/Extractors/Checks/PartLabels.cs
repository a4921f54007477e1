using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// What the labels of a list of parts say about the list, from the words of <c>check-words.tsv</c>: whether the parts cannot
/// overlap (each names a different value of one attribute: <c>cấp tỉnh</c> / <c>cấp xã</c>, <c>Khối lớp 10</c> / <c>Khối lớp 11</c>)
/// and whether they are the whole (every value of an attribute that has no others: <c>nam</c> / <c>nữ</c>, <c>tập thể</c> /
/// <c>cá nhân</c>; or a label and its negation: <c>thuộc thẩm quyền</c> / <c>không thuộc thẩm quyền</c>, <c>đã thực hiện</c> / <c>chưa thực hiện</c>).
/// A part's label is the words of its clause: from the end of the part before it (or the start of the list) to its figure, its
/// unit, and after it up to the next separator, percentage or comment (<c>đạt</c>, <c>chiếm</c> ...).
/// </summary>
internal static partial class PartLabels
{
    /// <summary>
    /// Reads the labels of <paramref name="parts"/> (between <paramref name="from"/> and <paramref name="to"/> of
    /// <paramref name="text"/>); <paramref name="subject"/> is what stands before the total in its clause
    /// (<c>Trồng cây nhân dân, cây ăn quả các loại được</c>): parts that name, in order, every kind it names are the whole.
    /// </summary>
    public static (bool Disjoint, bool Complete) Read(string text, int from, int to, IReadOnlyList<Quantity> parts, string? subject = null)
    {
        if (parts.Count < 2) return (false, false);
        var labels = parts.Select((p, i) => LabelOf(text, i == 0 ? from : parts[i - 1].End, p, i + 1 < parts.Count ? parts[i + 1].Start : to, i > 0)).ToList();
        return subject is not null && KindsNamed(subject, labels) ? (true, true) : Read(labels);
    }

    /// <summary>The labels of parts read as a list of their own (<c>nam: 1800, nữ: 122</c>).</summary>
    public static (bool Disjoint, bool Complete) Read(IReadOnlyList<string> labels)
    {
        if (labels.Count < 2) return (false, false);
        if (labels.Count == 2 && NegationPair(labels[0], labels[1])) return (true, true);
        foreach (var attribute in CheckWords.ValueSets)
        {
            var values = labels.Select(l => ValueOf(attribute, l)).ToList();
            if (values.Any(v => v is null) || values.Distinct(StringComparer.OrdinalIgnoreCase).Count() != values.Count) continue;
            return (true, attribute.Closed && values.Count == attribute.Values.Select(v => v.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        return (NumberedAlike(labels.ToList()), false);
    }

    /// <summary>
    /// The one value of <paramref name="attribute"/> a label names, or null when it names none or two (<c>Chủ tịch UBND xã và công
    /// chức</c>: such a part belongs to both). Longer values are read first and hide the shorter ones inside them (<c>tự đảm bảo chi
    /// thường xuyên và chi đầu tư</c> is not also <c>tự đảm bảo chi thường xuyên</c>).
    /// </summary>
    private static string? ValueOf(CheckWords.ValueSet attribute, string label)
    {
        string? found = null;
        foreach (var value in attribute.Values)
        {
            if (!value.Pattern.IsMatch(label)) continue;
            if (found is not null && !string.Equals(found, value.Name, StringComparison.OrdinalIgnoreCase)) return null;
            found = value.Name;
            label = value.Pattern.Replace(label, " ");
        }

        return found;
    }

    /// <summary>Kinds named before the total, one per part and in the parts' order, each found in its part's label.</summary>
    private static bool KindsNamed(string subject, List<string> labels)
    {
        var clause = subject[(subject.LastIndexOfAny([':', ';', '(']) + 1)..];
        var kinds = KindSeparator().Split(clause).Select(ContentWords).ToList();
        if (kinds.Count != labels.Count || kinds.Any(k => k.Count == 0)) return false;
        return kinds.Select((kind, i) => (Kind: kind, Label: ContentWords(labels[i]).ToHashSet(StringComparer.OrdinalIgnoreCase)))
            .All(pair => pair.Kind.All(pair.Label.Contains));
    }

    private static List<string> ContentWords(string text) =>
        Words(text).Select(w => w.ToLowerInvariant()).Where(w => !CheckWords.KindFillers.Contains(w)).ToList();

    private static string LabelOf(string text, int from, Quantity part, int to, bool afterAnotherPart)
    {
        from = Math.Clamp(from, 0, part.Start);
        to = Math.Clamp(to, part.End, text.Length);
        var before = text[from..part.Start];
        // What follows the part before this one up to the first separator is that part's unit and comment, not this label.
        var tail = afterAnotherPart ? ItemSeparator().Match(before) : Match.Empty;
        if (tail.Success) before = before[(tail.Index + tail.Length)..];
        var separator = before.LastIndexOfAny([';', '(', ')']);
        if (separator >= 0) before = before[(separator + 1)..];
        var after = AfterEnd().Match(text[part.End..to]);
        var own = Figure().Replace(text[part.Start..part.End], " ");
        return Squeeze(before + " " + own + " " + text[part.End..(part.End + after.Index)]);
    }

    /// <summary>Two labels that are the same words but for a negation in one (<c>hòa giải thành</c> / <c>hòa giải không thành</c>).</summary>
    private static bool NegationPair(string a, string b)
    {
        var wordsA = Words(a);
        var wordsB = Words(b);
        if (wordsA.Count == 0 || wordsB.Count == 0) return false;
        if (wordsA.Count == wordsB.Count) return AffirmedAndNegated(wordsA, wordsB);
        var (shorter, longer) = wordsA.Count < wordsB.Count ? (wordsA, wordsB) : (wordsB, wordsA);
        if (longer.Count != shorter.Count + 1) return false;
        for (var i = 0; i < longer.Count; i++)
        {
            if (!CheckWords.Negations.Contains(longer[i])) continue;
            if (longer.Take(i).Concat(longer.Skip(i + 1)).SequenceEqual(shorter, StringComparer.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>Same words but one, an affirmative in one label and a negation in the other (<c>đã thực hiện</c> / <c>chưa thực hiện</c>).</summary>
    private static bool AffirmedAndNegated(List<string> a, List<string> b)
    {
        var differing = Enumerable.Range(0, a.Count).Where(i => !string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase)).ToList();
        if (differing.Count != 1) return false;
        var (x, y) = (a[differing[0]], b[differing[0]]);
        return (CheckWords.Affirmatives.Contains(x) && CheckWords.Negations.Contains(y)) || (CheckWords.Affirmatives.Contains(y) && CheckWords.Negations.Contains(x));
    }

    /// <summary>Labels that each hold a different number after the same word (<c>Lớp 01</c>, <c>lớp 2</c>, <c>khối lớp 3</c>; <c>năm 2023</c>, <c>năm 2024</c>).</summary>
    private static bool NumberedAlike(List<string> labels)
    {
        var keys = labels.Select(l => NumberAfterWord().Match(l)).ToList();
        if (keys.Any(k => !k.Success)) return false;
        return keys.Select(k => k.Groups["word"].Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() == 1
            && keys.Select(k => k.Groups["number"].Value.TrimStart('0')).Distinct(StringComparer.Ordinal).Count() == keys.Count;
    }

    private static List<string> Words(string label) =>
        Filler().Replace(label, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();

    private static string Squeeze(string text) => Space().Replace(text, " ").Trim(' ', ',', ':', '-', '+', '.');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>The figure of a part (<c>40</c> in <c>40 tập thể</c>, <c>47/53</c>), leaving its unit words as label.</summary>
    [GeneratedRegex(@"[\d][\d.,/]*")]
    private static partial Regex Figure();

    [GeneratedRegex(@"[,;]|\svà\s", RegexOptions.IgnoreCase)]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"\s*,\s*|\s+(?:và|hoặc)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex KindSeparator();

    /// <summary>Where a part's label ends after its figure: a separator, a percentage, or a comment on the figure.</summary>
    [GeneratedRegex(@"[;,.()%]|(?<![\p{L}])(?:và|đạt|chiếm|bằng|tỷ lệ|so với|tăng|giảm)(?![\p{L}])|$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterEnd();

    [GeneratedRegex(@"(?<![\p{L}])(?<word>\p{L}+)\s+(?<number>\d{1,4})(?![\d.,/])")]
    private static partial Regex NumberAfterWord();

    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:là|có|được|:)(?![\p{L}])|[:,]")]
    private static partial Regex Filler();
}
