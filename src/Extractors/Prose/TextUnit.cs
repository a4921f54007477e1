using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Prose;

/// <summary>
/// A paragraph or a footnote body with where it stands: section path, block or footnote id, and (for a block) the footnotes it cites.
/// Page is the page of the block or footnote where the format knows it.
/// Its sentences are cut on first use and kept, so every stage that reads them shares one cut and one scan of each.
/// </summary>
public sealed class TextUnit(string text, string sectionPath, string? blockId, string? footnoteId, IReadOnlyList<string> footnoteRefs, int? page = null)
{
    private IReadOnlyList<Sentence>? _sentences;

    public string Text { get; } = text;

    public string SectionPath { get; } = sectionPath;

    public string? BlockId { get; } = blockId;

    public string? FootnoteId { get; } = footnoteId;

    public IReadOnlyList<string> FootnoteRefs { get; } = footnoteRefs;

    public int? Page { get; } = page;

    public bool IsFootnote => FootnoteId is not null;

    public FlagLocation Location => new(SectionPath, BlockId, FootnoteId, null, null, null, Page);

    public IReadOnlyList<Sentence> Sentences => _sentences ??= SentenceSplitter.Split(Text).Select(s => new Sentence(this, s)).ToList();
}
