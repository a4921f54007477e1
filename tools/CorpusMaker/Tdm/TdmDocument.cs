namespace CorpusMaker.Tdm;

/// <summary>A parsed source file.</summary>
public sealed record TdmDocument(
    TdmHeader Header,
    IReadOnlyList<TdmBlock> Blocks,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Footnotes);
