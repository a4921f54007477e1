namespace ThiDua.Extractors.Model;

/// <summary>
/// Where a report came from and what produced it. InputPath is the path the file was given under; PipelineVersion names the
/// code that ran and RulesHash the vocabulary and rule files it ran with (a changed file means a new extraction version).
/// </summary>
public sealed record SourceInfo(
    string FileName,
    string Sha256,
    string Format,
    int? PageCount,
    string Extractor,
    IReadOnlyList<string> Warnings,
    string? InputPath = null,
    string? PipelineVersion = null,
    string? RulesHash = null);
