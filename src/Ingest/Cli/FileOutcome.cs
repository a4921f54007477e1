using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest.Cli;

/// <summary>What became of one input: ingested (report or error recorded), skipped (already in the store, or not a document).</summary>
public sealed record FileOutcome(InputFile Input, FileOutcomeKind Kind, IngestResult? Result, string? Message)
{
    public bool Failed => Kind == FileOutcomeKind.Failed;
}

public enum FileOutcomeKind
{
    Succeeded,
    Failed,
    AlreadyInStore,
    NotADocument,
}
