namespace ThiDua.Extractors.Readers.Pdf;

/// <summary>
/// Where the time of one read went: EngineTime is the engine's child processes (including our streamed XML parse, which
/// runs while the engine writes), LayoutTime is our layout rebuild after the engine finished.
/// </summary>
public sealed record PdfReadStatistics(TimeSpan EngineTime, TimeSpan LayoutTime, int Pages, int TextChunks)
{
    public double EngineShare => EngineTime + LayoutTime == TimeSpan.Zero ? 0 : EngineTime / (EngineTime + LayoutTime);
}
