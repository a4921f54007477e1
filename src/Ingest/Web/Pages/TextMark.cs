namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// A span of a paragraph to wrap: a flag's quote (<c>&lt;mark&gt;</c>) or an editable figure (<c>&lt;span&gt;</c>). Start and
/// Length are in the paragraph's characters; Attributes is markup our own code built.
/// </summary>
public sealed record TextMark(int Start, int Length, string Tag, string Attributes)
{
    public int End => Start + Length;
}
