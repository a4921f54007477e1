using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>
/// Scores extracted award records against an expected file: records are matched one to one (a multiset) on
/// (award, level, recipient, count, basis, status); grantor, direct workers and quotes are not part of the key.
/// </summary>
public static class AwardScorer
{
    public static AwardScore Score(IEnumerable<Award> actual, IEnumerable<ExpectedAward> expected) =>
        Score(actual.Select(a => new AwardKey(a.Code, a.Level, a.Recipient, a.Count, a.Basis, a.Status)),
            expected.Select(e => new AwardKey(e.Award, e.Level, e.Recipient, e.Count, e.Basis, e.Status)));

    public static AwardScore Score(IEnumerable<AwardKey> actual, IEnumerable<AwardKey> expected)
    {
        var predicted = actual.ToList();
        var wanted = expected.ToList();
        var unmatched = new List<AwardKey>(wanted);
        var extra = new List<AwardKey>();
        foreach (var key in predicted)
        {
            if (!unmatched.Remove(key)) extra.Add(key);
        }

        return new AwardScore(predicted.Count - extra.Count, predicted.Count, wanted.Count, unmatched, extra);
    }
}
