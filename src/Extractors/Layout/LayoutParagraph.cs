namespace ThiDua.Extractors.Layout;

/// <summary>A paragraph as a run list. A footnote reference is a run whose FootnoteId is set (its Text is the printed marker).</summary>
public sealed record LayoutParagraph(IReadOnlyList<LayoutRun> Runs, ParagraphFormat Format, int? Page) : LayoutBlock(Page)
{
    private string? _text;

    /// <summary>A copy (<c>with</c>) recomputes its text: its runs may have changed.</summary>
    private LayoutParagraph(LayoutParagraph original)
        : base(original)
    {
        Runs = original.Runs;
        Format = original.Format;
    }

    /// <summary>The visible text without footnote reference markers.</summary>
    public string Text => _text ??= string.Concat(Runs.Where(r => r.FootnoteId is null).Select(r => r.Text));

    public IEnumerable<string> FootnoteIds => Runs.Where(r => r.FootnoteId is not null).Select(r => r.FootnoteId!);
}
