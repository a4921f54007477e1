using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A footnote that breaks down a figure of the paragraph citing it (<c>10.994 hồ sơ</c> + note: <c>2.190 hồ sơ; 8.943 hồ sơ</c>).
/// For each unit with two or more parts in the note (amounts outside parentheses, not changes, fraction numerators as actuals,
/// nothing after an exclusion such as <c>ngoài ra</c>, <c>không tính</c>), the parts' sum must equal one figure of that unit in
/// the citing paragraph. When none does, the note breaks down a figure with certainty only when the reading leaves no other:
/// <list type="bullet">
/// <item>the citing paragraph has figures in one sentence only, so the marker that ends it follows them, and the last figure of
/// that unit (or, with none, the last without a unit: <c>Cấp xã: 9.823/11.392</c>) is within
/// <see cref="SingleFigureRatio"/> of the sum (a sum far from it is more likely a list of something else than a wrong total), or</item>
/// <item>a figure of that unit is within <see cref="NearRatio"/> of the sum, the nearest such, and no other unit of the note
/// is far from every figure of its unit in the paragraph (a note whose other sums match nothing lists something else:
/// gifts of several donors attached to another sentence).</item>
/// </list>
/// A note cited from a paragraph with no figure at all (<c>diện tích gieo trồng trong năm đạt và vượt chỉ tiêu giao</c>) breaks down
/// the total the next paragraph opens with when that total names a thing the citing paragraph names (<c>Tổng diện tích gieo trồng
/// trong năm 279,5ha</c>); cited from elsewhere, it may list only some of it, so it is verified as a partial breakdown.
/// For counts, a sum one item away from the single figure is as near as a sum within the ratio: 3 against 4 is one item off.
/// Otherwise the note is taken to list something else, and nothing is said. A note that opens with <c>Trong đó</c> names parts that
/// may be only some of the figure: it is verified as a partial breakdown.
/// </summary>
public sealed partial class FootnoteBreakdownCheck : IConsistencyCheck
{
    public const decimal NearRatio = 0.05m;

    public const decimal SingleFigureRatio = 0.25m;

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var paragraphsById = context.ParagraphsByBlock;
        foreach (var footnote in context.Footnotes)
        {
            var groups = context.SentencesOf(footnote).SelectMany(Parts)
                .Where(p => p.Unit is not null)
                .GroupBy(p => p.Unit!)
                .Where(g => g.Count() >= 2)
                .Select(g => (Unit: g.Key, Parts: g.ToList(), Sum: g.Sum(p => p.Value)))
                .ToList();
            if (groups.Count == 0) continue;
            var partial = BreakdownMarkers.StartsPartial(footnote.Text);
            foreach (var blockId in context.FootnoteRefs.GetValueOrDefault(footnote.FootnoteId!) ?? [])
            {
                if (!paragraphsById.TryGetValue(blockId, out var paragraph)) continue;
                var citing = new CitingParagraph(context, paragraph);
                var unrelated = groups.Any(g => citing.IsFarFromEvery(g.Unit, g.Sum));
                foreach (var group in groups)
                {
                    var flag = citing.Candidates.Count == 0
                        ? CheckNextParagraph(context, paragraph, footnote, group.Unit, group.Parts)
                        : CheckParagraph(citing, footnote, group.Unit, group.Parts, group.Sum, unrelated, partial);
                    if (flag is not null) yield return flag;
                }
            }
        }
    }

    private static Finding? CheckParagraph(CitingParagraph citing, TextUnit footnote, string unit, List<Quantity> parts, decimal sum, bool unrelated, bool partial)
    {
        var location = citing.Paragraph.Location with { FootnoteId = footnote.FootnoteId };
        var expression = string.Join(" + ", parts.Select(NumberText.Stated));
        var agreeing = citing.Candidates.FirstOrDefault(c => (c.Quantity.Unit is null || QuantityRoles.CountsToward(unit, c.Quantity.Unit)) && Agreement.Agrees(c.Quantity.Value, sum, Agreement.ToleranceFor(c.Quantity, parts), false));
        if (agreeing.Quantity is not null)
        {
            return Finding.Consistent(Vocabulary.FlagKinds.SumMismatch, StatedValue.Of(agreeing.Quantity.Value), sum, Agreement.ToleranceFor(agreeing.Quantity, parts), expression, agreeing.Sentence.Text, location);
        }

        var ofUnit = citing.OfUnit(unit);
        var single = ofUnit.Count > 0 ? ofUnit : citing.Unitless;
        (Sentence Sentence, Quantity Quantity)? figure = citing.OneSentenceWithFigures && single.Count > 0 && (IsWithin(single[^1].Quantity.Value, sum, SingleFigureRatio) || OneItemOff(single[^1].Quantity, parts, sum))
            ? single[^1]
            : unrelated ? null : ofUnit.Where(c => IsNear(c.Quantity.Value, sum)).OrderBy(c => Math.Abs(c.Quantity.Value - sum)).Cast<(Sentence, Quantity)?>().FirstOrDefault();
        if (figure is not { } found || found.Quantity.Value <= 0m) return null;
        var total = found.Quantity.Unit is null ? found.Quantity with { Unit = unit } : found.Quantity;
        var flag = PartsComparison.Compare(total, parts, exhaustive: !partial, found.Sentence.Text, location);
        return InNote(flag);
    }

    /// <summary>The total the next paragraph opens with, when it names a thing the figureless citing paragraph names.</summary>
    private static Finding? CheckNextParagraph(CheckContext context, TextUnit paragraph, TextUnit footnote, string unit, List<Quantity> parts)
    {
        var index = IndexOf(context.Paragraphs, paragraph);
        if (index < 0 || index + 1 >= context.Paragraphs.Count) return null;
        var next = context.SentencesOf(context.Paragraphs[index + 1]).FirstOrDefault();
        if (next is null || TotalOpening().Match(next.Text) is not { Success: true } opening) return null;
        var noun = opening.Groups["noun"].Value.Trim();
        if (noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || !paragraph.Text.Contains(noun, StringComparison.OrdinalIgnoreCase)) return null;
        var total = next.Quantities.FirstOrDefault(q => q.Start == opening.Index + opening.Length);
        if (total?.Unit is null || total.Denominator is not null || !QuantityRoles.CountsToward(unit, total.Unit) || !QuantityRoles.IsAdditive(next.Text, total)) return null;
        var flag = PartsComparison.Compare(total, parts, exhaustive: false, next.Text, context.Paragraphs[index + 1].Location with { FootnoteId = footnote.FootnoteId });
        return InNote(flag);
    }

    /// <summary>A flag says that its parts come from the footnote.</summary>
    private static Finding? InNote(Finding? flag) =>
        flag is null || !flag.IsFlag ? flag : flag with { Message = flag.Message + " (các thành phần trong chú thích)" };

    /// <summary>The paragraph's first position, found only for the rare note cited from a paragraph without figures.</summary>
    private static int IndexOf(IReadOnlyList<TextUnit> paragraphs, TextUnit paragraph)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (ReferenceEquals(paragraphs[i], paragraph)) return i;
        }

        return -1;
    }

    /// <summary>Whole counts one item apart (3 against 4): for small counts the nearest a changed figure can be.</summary>
    private static bool OneItemOff(Quantity figure, List<Quantity> parts, decimal sum) =>
        figure.Decimals == 0 && parts.All(p => p.Decimals == 0 && QuantityRoles.TypeOf(p) == TermType.Count) && Math.Abs(figure.Value - sum) <= 1m;

    /// <summary><c>Tổng diện tích gieo trồng trong năm 279,5ha</c>: the words it names, then its figure.</summary>
    [GeneratedRegex(@"^\s*Tổng\s+(?:số\s+)?(?<noun>\p{L}[\p{L} ]{4,80}?)\s*(?:là|đạt|:)?\s*(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalOpening();

    private static bool IsNear(decimal figure, decimal sum) => IsWithin(figure, sum, NearRatio);

    private static bool IsWithin(decimal figure, decimal sum, decimal ratio) => figure > 0m && Math.Abs(figure - sum) / figure <= ratio;

    private static IEnumerable<Quantity> Parts(Sentence sentence)
    {
        if (CheckWords.ExclusionStart.IsMatch(sentence.Text)) return [];
        var opening = BreakdownMarkers.StartsPartial(sentence.Text) ? BreakdownMarkers.Find(sentence.Text).First().End : 0;
        var end = BreakdownMarkers.Find(sentence.Text).Where(m => !m.Exhaustive && m.Start >= opening && sentence.DepthAt(m.Start) == 0).Select(m => m.Start)
            .Concat(CheckWords.Exclusion.Matches(sentence.Text).Where(m => sentence.DepthAt(m.Index) == 0).Select(m => m.Index))
            .DefaultIfEmpty(sentence.Text.Length).Min();
        return sentence.Quantities
            .Where(q => q.Start < end && sentence.DepthAt(q.Start) == 0)
            .Where(q => QuantityRoles.IsAdditive(sentence.Text, q) && !QuantityRoles.IsExcluded(sentence.Text, q))
            .Select(q => q with { Denominator = null });
    }

    /// <summary>The figures of the paragraph that cites a footnote.</summary>
    private sealed class CitingParagraph
    {
        public CitingParagraph(CheckContext context, TextUnit paragraph)
        {
            Paragraph = paragraph;
            Candidates = context.SentencesOf(paragraph)
                .SelectMany(s => s.Quantities.Where(q => QuantityRoles.IsAdditive(s.Text, q)).Select(q => (Sentence: s, Quantity: QuantityRoles.WithSubjectUnit(s.Text, q) with { Denominator = null })))
                .ToList();
        }

        public TextUnit Paragraph { get; }

        public List<(Sentence Sentence, Quantity Quantity)> Candidates { get; }

        /// <summary>True when the figures of the paragraph all stand in one sentence.</summary>
        public bool OneSentenceWithFigures => Candidates.Select(c => c.Sentence).Distinct().Count() == 1;

        public List<(Sentence Sentence, Quantity Quantity)> OfUnit(string unit) =>
            Candidates.Where(c => c.Quantity.Unit is not null && QuantityRoles.CountsToward(unit, c.Quantity.Unit) && !QuantityRoles.IsApproximate(c.Sentence.Text, c.Quantity)).ToList();

        /// <summary>The figures without a unit (<c>Cấp xã: 9.823/11.392</c>).</summary>
        public List<(Sentence Sentence, Quantity Quantity)> Unitless => Candidates.Where(c => c.Quantity.Unit is null && !QuantityRoles.IsApproximate(c.Sentence.Text, c.Quantity)).ToList();

        /// <summary>True when the paragraph has figures of the unit and the sum is neither equal nor near any of them.</summary>
        public bool IsFarFromEvery(string unit, decimal sum)
        {
            var figures = OfUnit(unit);
            return figures.Count > 0 && !figures.Any(c => Agreement.Agrees(c.Quantity.Value, sum, c.Quantity.Tolerance, false) || IsNear(c.Quantity.Value, sum));
        }
    }
}
