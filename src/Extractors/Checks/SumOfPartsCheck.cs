using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A total and its parts in one sentence: after a breakdown word (<c>gồm</c>, <c>cụ thể</c>, <c>trong đó</c> ...),
/// after a colon that directly follows the total (<c>02 vụ vi phạm: 01 vụ ... và 01 vụ ...</c>), or in parentheses
/// right after it (<c>23 mốc (19 mốc chính, 04 mốc phụ)</c>, taken as partial: such parentheses often list only examples). Parts are the amounts of the total's unit at the same
/// parenthesis depth, up to the next breakdown word (whose parts break down the last part instead); changes
/// (<c>giảm 8 con</c>) are never parts. A sentence starting with <c>Trong đó</c> breaks down the last total of the previous one.
/// </summary>
public sealed partial class SumOfPartsCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var unit in context.AllText)
        {
            Sentence? previous = null;
            foreach (var sentence in context.SentencesOf(unit))
            {
                foreach (var flag in CheckSentence(sentence, previous)) yield return flag;
                previous = sentence;
            }
        }
    }

    private static IEnumerable<Finding> CheckSentence(Sentence sentence, Sentence? previous)
    {
        // Parts are always quantities of this sentence (even when the total is the previous sentence's).
        if (sentence.Quantities.Count == 0) yield break;
        var text = sentence.Text;
        var quantities = NounUnits.Apply(sentence);
        var markers = BreakdownMarkers.Find(text).Select(m => (m.Start, m.End, m.Exhaustive, Colon: false)).ToList();
        foreach (Match colon in Colon().Matches(text)) markers.Add((colon.Index, colon.Index + 1, true, true));
        markers.RemoveAll(m => m.Exhaustive && !m.Colon && DividesIntoOtherUnit(sentence, quantities, m.Start, m.End));
        markers.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var marker in markers)
        {
            var depth = sentence.DepthAt(marker.Start);
            var total = TotalBefore(sentence, quantities, marker.Start, depth);
            var totalText = text;
            if (total is null && !marker.Colon && marker.Start < 12 && previous is not null && BreakdownMarkers.StartsPartial(text))
            {
                total = previous.Quantities
                    .Select(q => QuantityRoles.WithSubjectUnit(previous.Text, q))
                    .LastOrDefault(q => q.Unit is not null && QuantityRoles.IsAdditive(previous.Text, q));
                totalText = previous.Text;
            }

            var nextMarker = markers.Where(m => m.Start > marker.Start && sentence.DepthAt(m.Start) <= depth && !m.Colon).Select(m => m.Start).DefaultIfEmpty(text.Length).First();
            if (total is null && !marker.Colon && LeadingTotal(sentence, quantities, marker.End, Math.Min(nextMarker, CloseOf(sentence, marker.Start)), depth) is { } leading) yield return leading;
            if (total is null) continue;
            if (marker.Colon && (total.End > marker.Start || !ColonFollowsTotal(text, total, marker.Start))) continue;
            var parts = PartsBetween(sentence, quantities, marker.End, nextMarker, depth, total.Unit!, TotalKinds.After(totalText, total).Kinds);
            var labels = PartLabels.Read(text, marker.End, nextMarker, parts, totalText[..Math.Min(total.Start, totalText.Length)]);
            var complete = marker.Exhaustive || HasCatchAll(text, marker.End, parts) || labels.Complete;
            var approximate = QuantityRoles.IsApproximate(totalText, total) || parts.Any(p => QuantityRoles.IsApproximate(text, p));
            var finding = PartsComparison.Compare(Total(total), parts, complete, text, sentence.Unit.Location, approximate: approximate, disjoint: labels.Disjoint);
            if (finding is not null) yield return NounUnits.Guarded(finding, total, parts, text);
            foreach (var share in Shares(sentence, Total(total), parts)) yield return share;
        }

        foreach (Match open in OpenParenthesis().Matches(text))
        {
            var depth = sentence.DepthAt(open.Index) - 1;
            var total = quantities.LastOrDefault(q => q.End <= open.Index && sentence.DepthAt(q.Start) == depth);
            if (total is { Unit: null }) total = NounUnits.FromSubject(text, QuantityRoles.WithSubjectUnit(text, total));
            if (total is null || total.Unit is null || !QuantityRoles.IsAdditive(text, total)) continue;
            var kinds = TotalKinds.After(text, total);
            if (kinds.End > open.Index || !NounsOnly(text[kinds.End..open.Index], kinds.Kinds.Count > 0)) continue;
            var inside = text[(open.Index + 1)..];
            var partial = BreakdownMarkers.StartsPartial(inside);
            if ((!partial && PartialParenthesis().IsMatch(inside)) || CheckWords.ExclusionStart.IsMatch(inside)) continue;
            var close = CloseOf(sentence, open.Index);
            var parts = PartsBetween(sentence, quantities, open.Index + 1, close, depth + 1, total.Unit, kinds.Kinds);
            var labels = PartLabels.Read(text, open.Index + 1, close, parts, text[..total.Start]);
            var complete = (!partial && ParenthesisIsBreakdown(total, parts)) || labels.Complete || (OpensExhaustive(inside) && parts.Count == AmountsBetween(sentence, quantities, open.Index + 1, close, depth + 1));
            var finding = PartsComparison.Compare(Total(total), parts, complete, text, sentence.Unit.Location, approximate: QuantityRoles.IsApproximate(text, total), disjoint: labels.Disjoint);
            if (finding is not null) yield return NounUnits.Guarded(finding, total, parts, text);
            var numerators = SharedSplit(sentence, quantities, total, open.Index + 1, close, depth, complete, labels.Disjoint);
            if (numerators is not null) yield return numerators;
        }
    }

    /// <summary>
    /// A list that names its total first and then splits it into a part and its complement: <c>(trong đó: Số kiến nghị xử lý về tài
    /// chính là 95.120.259.153 đồng, số kiến nghị đã thực hiện là 94.848.107.153 đồng, số kiến nghị chưa thực hiện là 272.152.000 đồng)</c>.
    /// </summary>
    private static Finding? LeadingTotal(Sentence sentence, IReadOnlyList<Quantity> quantities, int from, int to, int depth)
    {
        var text = sentence.Text;
        var first = quantities.FirstOrDefault(q => q.Start >= from && q.End <= to && sentence.DepthAt(q.Start) == depth);
        if (first?.Unit is null || !first.UnitWritten || first.IsFraction || !QuantityRoles.IsAdditive(text, first) || QuantityRoles.IsApproximate(text, first)) return null;
        var separator = text.IndexOfAny([',', ';'], first.End);
        if (separator < 0 || separator >= to) return null;
        var parts = PartsBetween(sentence, quantities, separator + 1, to, depth, first.Unit, new HashSet<string>());
        if (parts.Count != 2 || AmountsBetween(sentence, quantities, separator + 1, to, depth) != 2) return null;
        if (!PartLabels.Read(text, separator + 1, to, parts).Complete) return null;
        return PartsComparison.Compare(Total(first), parts, exhaustive: true, text, sentence.Unit.Location, approximate: parts.Any(p => QuantityRoles.IsApproximate(text, p)));
    }

    /// <summary>A part followed by its share of the total in parentheses (<c>193.457 (tỷ lệ 99,1%)</c>): the share is part / total × 100.</summary>
    private static IEnumerable<Finding> Shares(Sentence sentence, Quantity total, List<Quantity> parts)
    {
        if (total.Value == 0m || parts.Count < 2) yield break;
        foreach (var part in parts)
        {
            var percent = sentence.Quantities.FirstOrDefault(q => q.IsPercent && q.Start > part.End && ShareBetween().IsMatch(sentence.Text[part.End..q.Start]));
            if (percent is null) continue;
            var computed = QuantityRoles.ValueIn(part, total.Unit!) / total.Value * 100m;
            var agrees = Agreement.Agrees(percent.Value, computed, percent.Tolerance, isPercent: true);
            var expression = $"{NumberText.Stated(part)}/{NumberText.Stated(total)} × 100";
            yield return Finding.Verdict(agrees, Model.Vocabulary.FlagKinds.RatioMismatch, $"Tỷ lệ {expression} = {NumberText.Of(computed, percent.Decimals)}%, văn bản ghi {NumberText.Stated(percent)}%", Model.StatedValue.Of(percent.Value), Math.Round(computed, 4), percent.Tolerance, expression, sentence.Text, sentence.Unit.Location);
        }
    }

    /// <summary>
    /// The total a marker breaks down: the last additive amount before it in the same parenthesized group; without a unit of its own,
    /// in the unit of the noun its subject names.
    /// </summary>
    private static Quantity? TotalBefore(Sentence sentence, IReadOnlyList<Quantity> quantities, int position, int depth)
    {
        var total = quantities.LastOrDefault(q => q.End <= position && sentence.DepthAt(q.Start) == depth);
        // A total written without a unit takes the noun its subject names (Tổng số đơn vị sự nghiệp công cấp tỉnh là 271, trong đó ...).
        if (total is { Unit: null }) total = QuantityRoles.WithSubjectUnit(sentence.Text, total);
        if (total is null || total.Unit is null || !QuantityRoles.IsAdditive(sentence.Text, total) || QuantityRoles.IsExcluded(sentence.Text, total)) return null;
        if (total.IsFraction && !total.UnitWritten) return null;
        for (var i = total.End; i < position; i++)
        {
            if (sentence.DepthAt(i) < depth) return null;
        }

        return Total(total);
    }

    private static Quantity Total(Quantity quantity) => quantity with { Denominator = null };

    /// <summary>
    /// An exhaustive word that divides a figure into things of another unit (<c>89 trẻ chia thành 6 lớp</c>) does not announce its
    /// parts: the amounts after it are not pieces of that figure, and the list it sits in goes on.
    /// </summary>
    private static bool DividesIntoOtherUnit(Sentence sentence, IReadOnlyList<Quantity> quantities, int start, int end)
    {
        var depth = sentence.DepthAt(start);
        var before = quantities.LastOrDefault(q => q.End <= start && sentence.DepthAt(q.Start) == depth);
        var after = quantities.FirstOrDefault(q => q.Start >= end && sentence.DepthAt(q.Start) == depth);
        return before?.Unit is { } unit && after?.Unit is { } next && after.Denominator is null && !QuantityRoles.CountsToward(next, unit)
            && sentence.Text[before.End..start].Trim().Length == 0;
    }

    private static bool ColonFollowsTotal(string text, Quantity total, int colon)
    {
        var between = text[total.End..colon];
        return between.Length <= 60 && !between.Any(c => c is ',' or ';' or '.' or '(' or ')' or ':');
    }

    /// <summary>
    /// Parentheses after a figure often name only examples (<c>5,3 ha (Hồi 0,5 ha; Quế 0,3 ha)</c>). They break the figure down when
    /// they split occurrences by kind (<c>45 lượt (20 tập thể, 25 cá nhân)</c>) or when two or more parts come within
    /// <see cref="NearBreakdown"/> of the figure: a list that close was meant to add up.
    /// </summary>
    private static bool ParenthesisIsBreakdown(Quantity total, List<Quantity> parts)
    {
        if (parts.Count < 2 || total.Value == 0m) return false;
        if (CheckWords.ContainerUnits.Contains(total.Unit!) && parts.Select(p => p.Unit).Distinct(StringComparer.Ordinal).Count() > 1) return true;
        var sum = parts.Sum(p => QuantityRoles.ValueIn(p, total.Unit!));
        return Math.Abs(sum - total.Value) <= NearBreakdown * total.Value;
    }

    /// <summary>How close (a share of the total) parenthesized parts must come to be read as a full breakdown.</summary>
    private const decimal NearBreakdown = 0.1m;

    /// <summary>A list whose last part is named as the rest (<c>...; cây trồng khác: cỏ voi 2,0 ha</c>) is complete.</summary>
    private static bool HasCatchAll(string text, int from, List<Quantity> parts) =>
        parts.Count > 1 && CheckWords.CatchAll.IsMatch(text[Math.Max(from, parts[^2].End)..parts[^1].Start]);

    /// <summary>
    /// The parts of a total between two positions at one parenthesis depth: amounts that count toward its unit (the classes of
    /// <c>138/10 lớp</c> toward a total of classes), and bare numbers
    /// after a label and a colon (<c>người nghiện ở ngoài xã hội: 814</c>), which take the total's unit; a number inside such a label
    /// (<c>24 người nghiện trong nhà tạm giữ: 24</c>) names the item, and what is set apart (<c>không kể</c>, <c>riêng</c>) is not a part.
    /// </summary>
    private static List<Quantity> PartsBetween(Sentence sentence, IReadOnlyList<Quantity> quantities, int from, int to, int depth, string unit, IReadOnlySet<string> kinds)
    {
        var text = sentence.Text;
        return quantities
            .Where(q => q.Start >= from && q.End <= to && sentence.DepthAt(q.Start) == depth)
            .Select(q => q.Unit is null && (LabelColonBefore().IsMatch(text[from..q.Start]) || IsListedAfterLabel(text, from, q, to)) ? q with { Unit = unit, UnitWritten = true } : q)
            .Select(q => q.Unit is null ? QuantityRoles.WithSubjectUnit(text[from..], q with { Start = q.Start - from, End = q.End - from }) is { Unit: not null } read ? q with { Unit = read.Unit, UnitWritten = true } : q : q)
            .Select(q => !q.UnitWritten && q.Denominator is { UnitWritten: true } per && QuantityRoles.CountsToward(per.Unit, unit) ? per : q)
            .Where(q => (QuantityRoles.CountsToward(q.Unit, unit) || (q.Unit is not null && kinds.Contains(q.Unit))) && q.UnitWritten && QuantityRoles.IsAdditive(text, q))
            .Where(q => !LabelColonAfter().IsMatch(text[q.End..to]))
            .Where(q => !QuantityRoles.IsExcluded(text[from..], q with { Start = q.Start - from, End = q.End - from }))
            .Select(q => q with { Denominator = null })
            .ToList();
    }

    /// <summary>
    /// Parts written as <c>a/b lớp</c> split two totals at once: <c>234 học sinh ... chia thành 14 lớp (TH 138/10 lớp, THCS là 96/4 lớp)</c>
    /// gives the classes 10 + 4 = 14 and the pupils 138 + 96 = 234. The numerators (no unit of their own) count what the figure
    /// before the split total counts, and make a breakdown of it exactly when the classes make one of theirs.
    /// </summary>
    private static Finding? SharedSplit(Sentence sentence, IReadOnlyList<Quantity> quantities, Quantity split, int from, int to, int depth, bool complete, bool disjoint)
    {
        var fractions = quantities.Where(q => q.Start >= from && q.End <= to && sentence.DepthAt(q.Start) == depth + 1 && q.IsFraction && !q.UnitWritten
            && q.Denominator is { UnitWritten: true } per && QuantityRoles.CountsToward(per.Unit, split.Unit)).ToList();
        if (fractions.Count < 2) return null;
        var text = sentence.Text;
        var whole = quantities.LastOrDefault(q => q.End <= split.Start && sentence.DepthAt(q.Start) == depth && q.UnitWritten && q.Denominator is null
            && QuantityRoles.IsAdditive(text, q) && QuantityRoles.TypeOf(q) == TermType.Count && !QuantityRoles.CountsToward(q.Unit, split.Unit));
        if (whole?.Unit is null || QuantityRoles.IsApproximate(text, whole)) return null;
        var parts = fractions.Select(f => f with { Denominator = null, Unit = whole.Unit, UnitWritten = true }).ToList();
        return PartsComparison.Compare(whole, parts, complete, text, sentence.Unit.Location, disjoint: disjoint);
    }

    /// <summary>
    /// What may stand between a total and parentheses that break it down: its noun's words, and after a list of count nouns
    /// (<c>42/42 cơ quan, đơn vị, địa phương (gồm: ...)</c>) more nouns of that list.
    /// </summary>
    private static bool NounsOnly(string between, bool afterNounList) =>
        !between.Any(c => c is ';' or ':' or '.' || char.IsDigit(c)) && (afterNounList ? between.Length <= 40 : !between.Contains(','));

    /// <summary>The amounts at one depth between two positions, read as parts or not (<c>28 Ban quản lý</c> counts, unread).</summary>
    private static int AmountsBetween(Sentence sentence, IReadOnlyList<Quantity> quantities, int from, int to, int depth) =>
        quantities.Count(q => q.Start >= from && q.End <= to && sentence.DepthAt(q.Start) == depth && QuantityRoles.IsAdditive(sentence.Text, q));

    /// <summary>Parentheses that open with an exhaustive word (<c>(gồm: 3.743 biên chế cấp tỉnh, 6.233 biên chế cấp xã)</c>): all of the total when every amount in them is a part.</summary>
    private static bool OpensExhaustive(string inside) => BreakdownMarkers.Find(inside).FirstOrDefault() is { Exhaustive: true } first && inside[..first.Start].Trim().Length == 0;

    /// <summary>A bare number after a label that opens a list item and closing it (<c>..., giáo viên 27, nhân viên 05.</c>).</summary>
    private static bool IsListedAfterLabel(string text, int from, Quantity quantity, int to) =>
        !quantity.IsFraction && ListItemLabel().IsMatch(text[from..quantity.Start]) && ListItemEnd().IsMatch(text[quantity.End..Math.Max(quantity.End, to)]);

    private static int CloseOf(Sentence sentence, int open)
    {
        var depth = sentence.DepthAt(open);
        for (var i = open + 1; i < sentence.Text.Length; i++)
        {
            if (sentence.Text[i] == ')' && sentence.DepthAt(i) == depth) return i;
        }

        return sentence.Text.Length;
    }

    [GeneratedRegex(@"(?<=\p{L})\s*:(?!\d)")]
    private static partial Regex Colon();

    [GeneratedRegex(@"\p{L}[\p{L} ]{0,60}:\s*$")]
    private static partial Regex LabelColonBefore();

    /// <summary>A label of letters opening a list item, not a word that numbers things (<c>tháng 5</c>, <c>lớp 3</c>, <c>Tiêu chí 8</c>).</summary>
    [GeneratedRegex(@"(?:^|[,;])\s*\p{L}[\p{L} ]{0,40}(?<!(?:^|\s)(?:tháng|năm|quý|ngày|tuần|giờ|số|thứ|khóa|kỳ|đợt|lần|lớp|khối|mốc|chí|điều|khoản|lục|thôn|tổ|xóm|bản|đội|nhóm|cụm|hạng))\s$", RegexOptions.IgnoreCase)]
    private static partial Regex ListItemLabel();

    [GeneratedRegex(@"^\s*(?:[,;.)]|$)")]
    private static partial Regex ListItemEnd();

    [GeneratedRegex(@"^[^\d;,.()]{0,60}:\s*\d")]
    private static partial Regex LabelColonAfter();

    [GeneratedRegex(@"^\s*\(\s*(?:tỷ lệ|chiếm|bằng|đạt)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareBetween();

    [GeneratedRegex(@"\(")]
    private static partial Regex OpenParenthesis();

    [GeneratedRegex(@"^\s*(trong đó|chiếm|tỷ lệ|đạt|bằng|tăng|giảm|khoảng|ước)", RegexOptions.IgnoreCase)]
    private static partial Regex PartialParenthesis();
}
