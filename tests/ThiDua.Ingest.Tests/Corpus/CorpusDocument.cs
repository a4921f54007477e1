namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>One rendition of a corpus report: its file, the report id (NNN) whose expectations apply, and the variant.</summary>
public sealed record CorpusDocument(string Path, string ReportId, string Variant)
{
    public override string ToString() => $"{ReportId} ({Variant})";
}
