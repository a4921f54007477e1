using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Finds granting bodies in folded text (<c>chủ tịch ubnd xã tân hòa</c> → <c>Chủ tịch UBND xã</c>, level xa; <c>hđtđkt cấp trên</c> → the level
/// above the issuer) and groups bodies written together (<c>ub mttq tỉnh, hội ccb tỉnh</c>).
/// </summary>
public sealed partial class GrantorParser
{
    private const string Above = "cấp trên";

    private readonly Regex leveled;
    private readonly IReadOnlyList<(WholeWordPhrase Body, string Display, string Level, bool State)> fixedBodies;

    public GrantorParser()
    {
        var bodies = string.Join('|', AwardVocabulary.LeveledBodies.Select(b => b.Body).OrderByDescending(b => b.Length).Select(Regex.Escape));
        var levels = string.Join('|', AwardVocabulary.LevelWords.Select(l => l.Word).OrderByDescending(w => w.Length).Select(Regex.Escape));
        leveled = new Regex(
            @"(?<![\p{L}\p{N}])(?<body>" + bodies + @")\s+(?:(?<above>" + Above + @")|(?:cấp\s+)?(?<level>" + levels + @"))(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        fixedBodies = AwardVocabulary.FixedBodies.Select(b => (new WholeWordPhrase(b.Body), b.Display, b.Level, b.State)).ToList();
    }

    /// <summary>All grantors in the folded text, in text order, adjacent ones merged.</summary>
    public IReadOnlyList<Grantor> FindAll(string folded, string? issuerLevel)
    {
        var found = new List<Grantor>();
        foreach (Match match in MayNameLevel(folded) ? leveled.Matches(folded) : Enumerable.Empty<Match>())
        {
            var body = AwardVocabulary.LeveledBodies.First(b => b.Body == match.Groups["body"].Value);
            var levelWord = match.Groups["above"].Success ? Above : match.Groups["level"].Value;
            var level = match.Groups["above"].Success ? LevelAbove(issuerLevel) : LevelOf(levelWord);
            found.Add(new Grantor(body.Display + " " + levelWord, level, body.State, match.Index, match.Index + match.Length));
        }

        foreach (var (body, display, level, state) in fixedBodies)
        {
            foreach (var match in body.Matches(folded))
            {
                if (found.Any(g => g.Start < match.Index + match.Length && match.Index < g.End)) continue;
                found.Add(new Grantor(display, level, state, match.Index, match.Index + match.Length));
            }
        }

        return Merge(folded, found.OrderBy(g => g.Start).ToList());
    }

    /// <summary>A leveled body needs a level word (or <c>cấp trên</c>) after it: a cheap ordinal pre-test before the pattern.</summary>
    private static bool MayNameLevel(string folded) =>
        folded.Contains(Above, StringComparison.Ordinal) || AwardVocabulary.LevelWords.Any(l => folded.Contains(l.Word, StringComparison.Ordinal));

    /// <summary>The grantor of a count at position: the nearest one before it, else the first one after it.</summary>
    public static Grantor? NearestTo(IReadOnlyList<Grantor> grantors, int position) =>
        grantors.LastOrDefault(g => g.End <= position) ?? grantors.FirstOrDefault(g => g.Start >= position);

    /// <summary>The level of a level word (<c>xã</c>, <c>thị trấn</c>, <c>huyện</c>...), or null.</summary>
    public static string? LevelOf(string foldedWord) =>
        AwardVocabulary.LevelWords.FirstOrDefault(l => l.Word == foldedWord).Level;

    /// <summary>The first level word in folded text (<c>ubnd thị trấn bắc sơn</c> → xa), or null.</summary>
    public static string? FirstLevelIn(string folded) =>
        AwardVocabulary.LevelWords
            .Select(l => (l.Level, Index: AwardText.IndexOfWords(folded, l.Word, 0)))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index)
            .Select(x => x.Level)
            .FirstOrDefault();

    public static string? LevelAbove(string? level)
    {
        var order = AwardVocabulary.LevelsBottomUp;
        var index = level is null ? -1 : order.ToList().IndexOf(level);
        return index >= 0 && index + 1 < order.Count ? order[index + 1] : null;
    }

    private static List<Grantor> Merge(string folded, List<Grantor> sorted)
    {
        var merged = new List<Grantor>();
        foreach (var grantor in sorted)
        {
            if (merged.Count > 0 && Joiner().IsMatch(folded[merged[^1].End..grantor.Start]))
            {
                var last = merged[^1];
                merged[^1] = last with { Name = last.Name + ", " + grantor.Name, End = grantor.End };
                continue;
            }

            merged.Add(grantor);
        }

        return merged;
    }

    [GeneratedRegex(@"^(?:\s*\p{L}+){0,3}\s*(?:,|và)\s*$")]
    private static partial Regex Joiner();
}
