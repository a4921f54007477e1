using System.Text.RegularExpressions;

namespace CorpusMaker.Numbering;

/// <summary>Finds the typed label at the start of a heading and its level: 0 Roman, 1 decimal, 2 decimal.decimal, 3 letter.</summary>
public static partial class HeadingLabelParser
{
    [GeneratedRegex(@"^(?<label>[IVXLC]+\.)\s+(?<rest>\S.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<label>\d{1,2}\.\d{1,2}\.?)\s+(?<rest>\S.*)$")]
    private static partial Regex TwoLevel();

    [GeneratedRegex(@"^(?<label>\d{1,2}\.)\s+(?<rest>\S.*)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^(?<label>[a-zđ]\))\s+(?<rest>\S.*)$")]
    private static partial Regex Letter();

    public static HeadingLabel? Parse(string text)
    {
        return TryMatch(Roman(), 0, text)
            ?? TryMatch(TwoLevel(), 2, text)
            ?? TryMatch(Decimal(), 1, text)
            ?? TryMatch(Letter(), 3, text);
    }

    private static HeadingLabel? TryMatch(Regex regex, int level, string text)
    {
        var match = regex.Match(text);
        return match.Success ? new HeadingLabel(level, match.Groups["label"].Value, match.Groups["rest"].Value) : null;
    }
}
