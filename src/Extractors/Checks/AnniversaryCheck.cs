using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Checks;

/// <summary><c>kỷ niệm 75 năm ... (1948-2023)</c> or <c>(11/6/1948-11/6/2023)</c>: the stated years must be the span of the two dates.</summary>
public sealed partial class AnniversaryCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            foreach (Match match in Anniversary().Matches(sentence.Text))
            {
                var stated = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
                var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
                var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
                var computed = to - from;
                var agrees = computed == stated;
                yield return Finding.Verdict(
                    agrees,
                    Vocabulary.FlagKinds.AnniversaryMismatch,
                    $"Kỷ niệm {stated} năm nhưng {from}–{to} là {computed} năm",
                    StatedValue.Of(stated),
                    computed,
                    0m,
                    $"{to} − {from}",
                    sentence.Text,
                    sentence.Unit.Location);
            }
        }
    }

    [GeneratedRegex(@"(?i)k[ỷỉ] niệm\s+(?<n>\d{1,3})\s+năm[^()]{0,250}?\(\s*(?:\d{1,2}/\d{1,2}/)?(?<from>\d{4})\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?(?<to>\d{4})\s*\)")]
    private static partial Regex Anniversary();
}
