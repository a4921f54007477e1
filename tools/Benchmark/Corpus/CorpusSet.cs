namespace ThiDua.Benchmark.Corpus;

/// <summary>The files of one corpus folder with one extension, e.g. <c>docx</c>, <c>docx-lo</c>, <c>pdf</c>.</summary>
public sealed record CorpusSet(string Name, CorpusKind Kind, IReadOnlyList<string> Files);
