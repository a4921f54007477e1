using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Checks;

/// <summary><c>Chỉ tiêu vượt (8): A; B; ...</c>: the count announced in parentheses before a colon must be the number of items separated by semicolons.</summary>
public sealed partial class CountOfItemsCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var unit in context.AllText)
        {
            foreach (var line in unit.Text.Split('\n'))
            {
                foreach (Match match in Announced().Matches(line))
                {
                    var stated = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
                    var items = match.Groups["list"].Value.Split(';').Select(s => s.Trim().TrimEnd('.', ' ')).Where(s => s.Length > 0).ToList();
                    if (items.Count < 2) continue;
                    var agrees = items.Count == stated;
                    yield return Finding.Verdict(
                        agrees,
                        Vocabulary.FlagKinds.CountMismatch,
                        $"Công bố ({stated}) mục nhưng danh sách liệt kê {items.Count} mục",
                        StatedValue.Of(stated),
                        items.Count,
                        0m,
                        $"đếm các mục ngăn bởi dấu chấm phẩy = {items.Count}",
                        line.Trim(),
                        unit.Location);
                }
            }
        }
    }

    /// <summary>A list runs to the end of its line or to the next announced count, whichever comes first (a PDF may join lists).</summary>
    [GeneratedRegex(@"\((?<n>\d{1,3})\)\s*\**\s*:\s*\**(?<list>(?:(?!\(\d{1,3}\)\s*\**\s*:)[^\n])+)")]
    private static partial Regex Announced();
}
