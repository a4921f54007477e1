namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>Limits for the engine's child processes: wall-clock timeout per file and address-space limit.</summary>
public sealed record PdfEngineOptions(TimeSpan Timeout, long MemoryLimitBytes)
{
    public static PdfEngineOptions Default { get; } = new(TimeSpan.FromSeconds(60), 1L << 30);

    public ProcessLimits Limits => new(Timeout, MemoryLimitBytes);
}
