using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Pipeline;

/// <summary>The outcome of one file: a report, or an error record. Errors are values; they never cross the pipeline as exceptions.</summary>
public sealed record IngestResult(string Path, Report? Report, IngestError? Error, TimeSpan Elapsed)
{
    public bool Succeeded => Report is not null;
}
