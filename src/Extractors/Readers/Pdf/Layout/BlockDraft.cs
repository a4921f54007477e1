namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>A body block before conversion to the layout model: paragraph lines or a table grid. Page is 1-based.</summary>
public abstract class BlockDraft(int page)
{
    public int Page { get; } = page;
}
