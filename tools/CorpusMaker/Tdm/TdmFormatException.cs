namespace CorpusMaker.Tdm;

/// <summary>A source file that cannot be turned into a document.</summary>
public sealed class TdmFormatException(string message) : Exception(message);
