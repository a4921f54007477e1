using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// A folded phrase standing as whole words (no letter or number on either side). An ordinal search for the phrase runs before
/// the pattern: most texts do not hold it, and the pattern can only match where it occurs.
/// </summary>
public sealed class WholeWordPhrase(string phrase)
{
    private readonly Regex _pattern = new(@"(?<![\p{L}\p{N}])" + Regex.Escape(phrase) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);

    public IEnumerable<Match> Matches(string folded) => folded.Contains(phrase, StringComparison.Ordinal) ? _pattern.Matches(folded) : [];

    public string Replace(string folded, string replacement) => folded.Contains(phrase, StringComparison.Ordinal) ? _pattern.Replace(folded, replacement) : folded;
}
