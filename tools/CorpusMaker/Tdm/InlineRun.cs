namespace CorpusMaker.Tdm;

/// <summary>A stretch of text with one formatting, or a footnote reference (<see cref="FootnoteNumber"/> set, no text).</summary>
public sealed record InlineRun(string Text, bool Bold, bool Italic, bool Superscript, int? FootnoteNumber)
{
    public static InlineRun Footnote(int number) => new(string.Empty, false, false, false, number);
}
