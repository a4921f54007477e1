using CorpusMaker.Tdm;

namespace CorpusMaker.Docx;

/// <summary>A cell at its grid position; a continuation is the covered cell of a vertical merge in a row below its origin.</summary>
public sealed record PlacedCell(TdmCell Cell, int Column, int RowSpan, int ColSpan, bool Continuation);
