using System.Text.RegularExpressions;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// The total a paragraph opens with, split again by one attribute in a later clause: <c>số người nghiện ... là 1922 người. ...
/// Giới tính: nam: 1800, nữ: 122. Nghề nghiệp: có nghề nghiệp: 851, không nghề nghiệp: 1071; ...</c>. A clause
/// <c>attribute: label: n, label: n</c> whose labels are all the values of an attribute that has no others (<c>nam</c> /
/// <c>nữ</c>) or a label and its negation (<see cref="PartLabels"/>) is a full breakdown of that total; other such clauses
/// (kinds of drugs a person may share) are not read. Age brackets in rising order (<c>Độ tuổi: từ 14 tuổi đến dưới 16 tuổi: 00; từ đủ
/// 16 đến dưới 18 tuổi: 13; ...</c>) do not overlap but may leave out the youngest: a sum above the total is an error.
/// </summary>
public sealed partial class DimensionBreakdownCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            var sentences = context.SentencesOf(paragraph);
            if (sentences.Count < 2) continue;
            var total = sentences[0].Quantities
                .Select(q => QuantityRoles.WithSubjectUnit(sentences[0].Text, q))
                .LastOrDefault(q => q.Unit is not null && q.Denominator is null && QuantityRoles.TypeOf(q) == TermType.Count && QuantityRoles.IsAdditive(sentences[0].Text, q));
            if (total is null || QuantityRoles.IsApproximate(sentences[0].Text, total)) continue;
            foreach (var sentence in sentences.Skip(1))
            {
                foreach (Match clause in Clause().Matches(sentence.Text))
                {
                    var items = Item().Matches(clause.Groups["items"].Value);
                    var labels = items.Select(i => i.Groups["label"].Value.Trim()).ToList();
                    if (items.Count < 2 || !PartLabels.Read(labels).Complete) continue;
                    var parts = items.Select(i => Part(sentence, clause.Groups["items"].Index + i.Groups["n"].Index, total.Unit!)).OfType<Quantity>().ToList();
                    if (parts.Count != items.Count) continue;
                    var finding = PartsComparison.Compare(total, parts, exhaustive: true, sentences[0].Text + " … " + sentence.Text, paragraph.Location);
                    if (finding is not null) yield return finding;
                }

                foreach (Match clause in BracketClause().Matches(sentence.Text))
                {
                    var items = BracketItem().Matches(clause.Groups["items"].Value);
                    if (!AgeBrackets.AreDisjoint(items.Select(i => i.Groups["label"].Value).ToList())) continue;
                    var parts = items.Select(i => BracketCount(i.Groups["n"], clause.Groups["items"].Index, total.Unit!)).OfType<Quantity>().ToList();
                    if (parts.Count != items.Count) continue;
                    var finding = PartsComparison.Compare(total, parts, exhaustive: false, sentences[0].Text + " … " + sentence.Text, paragraph.Location, disjoint: true);
                    if (finding is not null) yield return finding;
                }
            }
        }
    }

    /// <summary>The bare count at a position of the sentence, in the total's unit.</summary>
    private static Quantity? Part(Sentence sentence, int start, string unit) =>
        sentence.Quantities.FirstOrDefault(q => q.Start == start && q.Unit is null && !q.IsPercent && !q.IsFraction) is { } q ? q with { Unit = unit, UnitWritten = true } : null;

    /// <summary>
    /// The count after a bracket's colon (<c>từ đủ 16 đến dưới 18 tuổi: 13</c>), which the number scanner leaves alone as it leaves
    /// <c>tuổi 30</c>: a whole number, dots grouping thousands.
    /// </summary>
    private static Quantity? BracketCount(Group number, int offset, string unit) =>
        decimal.TryParse(number.Value.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? new Quantity(number.Value, offset + number.Index, offset + number.Index + number.Length, value, 0, 1m, unit, true, null)
            : null;

    /// <summary><c>attribute: label: n, label: n</c> up to a semicolon or the end of the sentence.</summary>
    [GeneratedRegex(@"(?:^|;)\s*[-+]?\s*\p{L}[\p{L} ]{0,30}:\s*(?<items>[\p{L}][^;:]{0,60}:\s*\d[\d.]*(?:\s*,\s*[\p{L}][^;:,]{0,60}:\s*\d[\d.]*)+)\s*(?=;|\.?\s*$)")]
    private static partial Regex Clause();

    [GeneratedRegex(@"(?<label>[\p{L}][^;:,]{0,60}):\s*(?<n>\d[\d.]*)")]
    private static partial Regex Item();

    /// <summary><c>Độ tuổi: từ 14 tuổi đến dưới 16 tuổi: 00; từ đủ 16 đến dưới 18 tuổi: 13; ...</c>: brackets separated by semicolons.</summary>
    [GeneratedRegex(@"(?:^|[;.])\s*[-+]?\s*\p{L}[\p{L} ]{0,30}:\s*(?<items>từ[^;:]{0,60}:\s*\d[\d.]*(?:\s*;\s*từ[^;:]{0,60}:\s*\d[\d.]*)+)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketClause();

    [GeneratedRegex(@"(?<label>từ[^;:]{0,60}):\s*(?<n>\d{1,3}(?:\.\d{3})*|\d+)(?![\d,])", RegexOptions.IgnoreCase)]
    private static partial Regex BracketItem();
}
