namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>Precision and recall of extracted award records against the expected ones, with what was missed and what was extra.</summary>
public sealed record AwardScore(int Matched, int Predicted, int Expected, IReadOnlyList<AwardKey> Missing, IReadOnlyList<AwardKey> Extra)
{
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public override string ToString() =>
        $"P={Precision:0.000} R={Recall:0.000} ({Matched} matched, {Predicted} predicted, {Expected} expected)"
        + (Missing.Count > 0 ? "\n  missing: " + string.Join("; ", Missing) : "")
        + (Extra.Count > 0 ? "\n  extra: " + string.Join("; ", Extra) : "");
}
