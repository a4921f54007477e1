namespace ThiDua.Ingest.Cli;

/// <summary>The parsed <c>thidua ingest</c> command line.</summary>
public sealed record IngestOptions(IReadOnlyList<string> Inputs, string? OutputDirectory, string? Store, TimeSpan Timeout, bool Enqueue);
