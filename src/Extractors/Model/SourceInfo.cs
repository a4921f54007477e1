namespace ThiDua.Extractors.Model;

public sealed record SourceInfo(
    string FileName,
    string Sha256,
    string Format,
    int? PageCount,
    string Extractor,
    IReadOnlyList<string> Warnings);
