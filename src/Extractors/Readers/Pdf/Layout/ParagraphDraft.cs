namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>The lines of one paragraph, possibly from two pages.</summary>
public sealed class ParagraphDraft(int page) : BlockDraft(page)
{
    public List<PdfLine> Lines { get; } = [];

    /// <summary>The last line's text without raised footnote markers, to see how the sentence ends.</summary>
    public string LastText => Lines.Count == 0 ? "" : string.Concat(Lines[^1].Chunks.Where(c => !Lines[^1].IsSuperscript(c)).Select(c => c.Text)).TrimEnd();

    public bool AllBold => Lines.All(l => l.AllBold);
}
