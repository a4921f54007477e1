namespace CorpusMaker.Tdm;

/// <summary>A block of the document body, in source order.</summary>
public abstract record TdmBlock(int Line);
