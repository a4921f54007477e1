namespace CorpusMaker.Tdm;

/// <summary>A table in the HTML model: each row lists the cells that start in it.</summary>
public sealed record TdmTable(int Line, int HeaderRows, IReadOnlyList<IReadOnlyList<TdmCell>> Rows) : TdmBlock(Line);
