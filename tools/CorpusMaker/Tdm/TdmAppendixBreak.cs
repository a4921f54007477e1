namespace CorpusMaker.Tdm;

/// <summary>The page break before an appendix.</summary>
public sealed record TdmAppendixBreak(int Line) : TdmBlock(Line);
