using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Prose;

/// <summary>A paragraph or a footnote body with where it stands: section path, block or footnote id, and (for a block) the footnotes it cites.</summary>
public sealed record TextUnit(string Text, string SectionPath, string? BlockId, string? FootnoteId, IReadOnlyList<string> FootnoteRefs)
{
    public bool IsFootnote => FootnoteId is not null;

    public FlagLocation Location => new(SectionPath, BlockId, FootnoteId, null, null, null, null);
}
