namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Agreement on one component: matched items over the larger of expected and actual counts, with the first differences.</summary>
public sealed record ComponentScore(string Component, int Matched, int Total, IReadOnlyList<string> Differences)
{
    public double Rate => Total == 0 ? 1 : (double)Matched / Total;

    public override string ToString() => $"{Component}: {Matched}/{Total} ({Rate:P1})";
}
