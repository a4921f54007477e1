using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A footnote that breaks down a figure of the paragraph citing it (<c>10.994 hồ sơ</c> + note: <c>2.190 hồ sơ; 8.943 hồ sơ</c>).
/// For each unit with two or more parts in the note (amounts outside parentheses, not changes, fraction numerators as actuals),
/// the parts' sum must equal one figure of that unit in the citing paragraph. When none does, the last figure of that unit
/// (the one a trailing marker follows) is flagged only if it is within <see cref="NearRatio"/> of the sum: a sum far from it
/// means the note lists something else, not that a total is wrong.
/// </summary>
public sealed class FootnoteBreakdownCheck : IConsistencyCheck
{
    public const decimal NearRatio = 0.05m;

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var paragraphsById = context.Paragraphs.Where(p => p.BlockId is not null).GroupBy(p => p.BlockId!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var footnote in context.Footnotes)
        {
            var parts = context.SentencesOf(footnote).SelectMany(Parts).ToList();
            foreach (var group in parts.Where(p => p.Unit is not null).GroupBy(p => p.Unit!))
            {
                if (group.Count() < 2) continue;
                var sum = group.Sum(p => p.Value);
                foreach (var blockId in context.FootnoteRefs.GetValueOrDefault(footnote.FootnoteId!) ?? [])
                {
                    if (!paragraphsById.TryGetValue(blockId, out var paragraph)) continue;
                    var flag = CheckParagraph(context, paragraph, footnote, group.Key, group.ToList(), sum);
                    if (flag is not null) yield return flag;
                }
            }
        }
    }

    private static Finding? CheckParagraph(CheckContext context, TextUnit paragraph, TextUnit footnote, string unit, List<Quantity> parts, decimal sum)
    {
        var candidates = context.SentencesOf(paragraph)
            .SelectMany(s => s.Quantities.Where(q => QuantityRoles.IsAdditive(s.Text, q)).Select(q => (Sentence: s, Quantity: QuantityRoles.WithSubjectUnit(s.Text, q) with { Denominator = null })))
            .ToList();
        var location = paragraph.Location with { FootnoteId = footnote.FootnoteId };
        var agreeing = candidates.FirstOrDefault(c => (c.Quantity.Unit is null || QuantityRoles.CountsToward(unit, c.Quantity.Unit)) && Agreement.Agrees(c.Quantity.Value, sum, c.Quantity.Tolerance, false));
        if (agreeing.Quantity is not null)
        {
            return Finding.Consistent(Vocabulary.FlagKinds.SumMismatch, StatedValue.Of(agreeing.Quantity.Value), sum, agreeing.Quantity.Tolerance, string.Join(" + ", parts.Select(NumberText.Stated)), agreeing.Sentence.Text, location);
        }

        var near = candidates.LastOrDefault(c => c.Quantity.Unit is not null && QuantityRoles.CountsToward(unit, c.Quantity.Unit));
        if (near.Quantity is null || near.Quantity.Value <= 0m || Math.Abs(near.Quantity.Value - sum) / near.Quantity.Value > NearRatio) return null;
        var flag = PartsComparison.Compare(near.Quantity, parts, exhaustive: true, near.Sentence.Text, location);
        return flag is null || !flag.IsFlag ? flag : flag with { Message = flag.Message + " (các thành phần trong chú thích)" };
    }

    private static IEnumerable<Quantity> Parts(Sentence sentence)
    {
        var nested = BreakdownMarkers.Find(sentence.Text).Where(m => !m.Exhaustive && sentence.DepthAt(m.Start) == 0).Select(m => m.Start).DefaultIfEmpty(sentence.Text.Length).First();
        return sentence.Quantities
            .Where(q => q.Start < nested && sentence.DepthAt(q.Start) == 0)
            .Where(q => QuantityRoles.IsAdditive(sentence.Text, q) && !QuantityRoles.IsExcluded(sentence.Text, q))
            .Select(q => q with { Denominator = null });
    }
}
