namespace ThiDua.Store.Diff.Model;

/// <summary>One side of a diff: a JSON file (Label its path) or a stored version (DocumentId, Version).</summary>
public sealed record DiffSide(string Label, long? DocumentId, int? Version, string FileName, string Sha256, string? PipelineVersion);
