namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Precision and recall of extracted records against a hand-written list, with what was missed and what was extra.</summary>
public sealed record RecordScore(string Name, int Matched, int Expected, int Actual, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra)
{
    public double Precision => Actual == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Actual;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public override string ToString() => $"{Name}: {Matched} matched, {Expected} expected, {Actual} extracted; precision {Precision:P1}, recall {Recall:P1}";

    /// <summary>Matches two multisets of keys; each expected key is used once.</summary>
    public static RecordScore Compare(string name, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var remaining = actual.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var missed = new List<string>();
        var matched = 0;
        foreach (var key in expected)
        {
            if (remaining.TryGetValue(key, out var left) && left > 0)
            {
                remaining[key] = left - 1;
                matched++;
            }
            else
            {
                missed.Add(key);
            }
        }

        var extra = remaining.Where(p => p.Value > 0).SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToList();
        return new RecordScore(name, matched, expected.Count, actual.Count, missed, extra);
    }
}
