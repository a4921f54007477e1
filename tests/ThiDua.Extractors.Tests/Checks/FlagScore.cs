using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>
/// Scores flags against expected claims. A flag matches a claim of the same kind whose quote is contained in the flag's quote
/// (whitespace folded, table cell separators ignored) and, when both state a number, with the same stated figure. Recall: expected flags found / expected flags.
/// Precision: flags matching an expected flag / all flags. False alarms: flags matching a silent claim.
/// </summary>
public sealed partial class FlagScore
{
    private FlagScore(IReadOnlyList<ExpectedClaim> found, IReadOnlyList<ExpectedClaim> missed, IReadOnlyList<(Flag Flag, ExpectedClaim Claim)> falseAlarms, IReadOnlyList<Flag> unexpected, int flagCount, int truePositiveFlags)
    {
        Found = found;
        Missed = missed;
        FalseAlarms = falseAlarms;
        Unexpected = unexpected;
        FlagCount = flagCount;
        TruePositiveFlags = truePositiveFlags;
    }

    public IReadOnlyList<ExpectedClaim> Found { get; }

    public IReadOnlyList<ExpectedClaim> Missed { get; }

    public IReadOnlyList<(Flag Flag, ExpectedClaim Claim)> FalseAlarms { get; }

    public IReadOnlyList<Flag> Unexpected { get; }

    public int FlagCount { get; }

    public int TruePositiveFlags { get; }

    public double Recall => Found.Count + Missed.Count == 0 ? 1 : (double)Found.Count / (Found.Count + Missed.Count);

    public double Precision => FlagCount == 0 ? 1 : (double)TruePositiveFlags / FlagCount;

    public static FlagScore Score(IReadOnlyList<Flag> flags, IReadOnlyList<ExpectedClaim> claims)
    {
        bool Matches(Flag flag, ExpectedClaim claim) => flag.Kind == claim.Kind && Fold(flag.Quote).Contains(Fold(claim.Quote), StringComparison.Ordinal) && SameStated(flag, claim);
        var expected = claims.Where(c => c.ExpectsFlag).ToList();
        var silent = claims.Where(c => !c.ExpectsFlag).ToList();
        var found = expected.Where(c => flags.Any(f => Matches(f, c))).ToList();
        var missed = expected.Except(found).ToList();
        var truePositives = flags.Count(f => expected.Any(c => Matches(f, c)));
        var falseAlarms = flags.SelectMany(f => silent.Where(c => Matches(f, c)).Select(c => (f, c))).ToList();
        var unexpected = flags.Where(f => !claims.Any(c => Matches(f, c))).ToList();
        return new FlagScore(found, missed, falseAlarms, unexpected, flags.Count, truePositives);
    }

    /// <summary>When the claim states a number and the flag too, they must be the same figure (one sentence often holds several claims).</summary>
    private static bool SameStated(Flag flag, ExpectedClaim claim)
    {
        if (claim.Stated is not { ValueKind: System.Text.Json.JsonValueKind.Number } stated || flag.Stated?.Number is not { } number) return true;
        var expected = stated.GetDecimal();
        return Math.Abs(expected - number) <= Math.Max(0.011m, Math.Abs(expected) * 0.0001m);
    }

    public static string Fold(string text) => Spaces().Replace(text.Replace('|', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
