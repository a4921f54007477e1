namespace CorpusMaker.Tdm;

/// <summary>A table cell; paragraphs of the cell are separated by <c> // </c> in <see cref="Text"/>.</summary>
public sealed record TdmCell(string Text, int RowSpan, int ColSpan)
{
    public IReadOnlyList<string> Paragraphs => Text.Split(" // ", StringSplitOptions.TrimEntries);
}
