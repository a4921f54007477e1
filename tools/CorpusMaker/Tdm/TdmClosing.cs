namespace CorpusMaker.Tdm;

/// <summary>The closing block: recipients on the left, signature lines on the right.</summary>
public sealed record TdmClosing(int Line, IReadOnlyList<string> Recipients, IReadOnlyList<string> Signature) : TdmBlock(Line);
