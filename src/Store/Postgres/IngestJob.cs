namespace ThiDua.Store.Postgres;

/// <summary>A job a worker holds: which bytes, the path they were queued under, and the how-many-th attempt this is.</summary>
public sealed record IngestJob(long Id, string Sha256, string Path, int Attempt);
