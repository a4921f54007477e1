using System.Text.RegularExpressions;

namespace CorpusMaker.Tdm;

/// <summary>Reads the <c>{r=N}</c> / <c>{c=N}</c> suffixes of a cell.</summary>
public static partial class CellSpanParser
{
    [GeneratedRegex(@"\{\s*(?<body>[rc]\s*=\s*\d+(?:\s*[, ;]\s*[rc]\s*=\s*\d+)*)\s*\}\s*$")]
    private static partial Regex SpanSuffix();

    [GeneratedRegex(@"(?<key>[rc])\s*=\s*(?<n>\d+)")]
    private static partial Regex SpanItem();

    public static TdmCell Parse(string raw)
    {
        var text = raw.Trim();
        var rowSpan = 1;
        var colSpan = 1;
        for (var match = SpanSuffix().Match(text); match.Success; match = SpanSuffix().Match(text))
        {
            foreach (Match item in SpanItem().Matches(match.Groups["body"].Value))
            {
                var value = Math.Max(1, int.Parse(item.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
                if (item.Groups["key"].Value == "r")
                {
                    rowSpan = value;
                }
                else
                {
                    colSpan = value;
                }
            }

            text = text[..match.Index].TrimEnd();
        }

        return new TdmCell(text, rowSpan, colSpan);
    }
}
