namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>Ruling lines per 1-based page number and the time the engine spent finding them.</summary>
public sealed record PdfRulesResult(IReadOnlyDictionary<int, IReadOnlyList<PdfRule>> Pages, TimeSpan EngineTime)
{
    public static PdfRulesResult None { get; } = new(new Dictionary<int, IReadOnlyList<PdfRule>>(), TimeSpan.Zero);
}
