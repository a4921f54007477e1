namespace ThiDua.Extractors.Structure;

/// <summary>How a body line reads: a heading, a run-in heading (label and title, then paragraph text), or a paragraph.</summary>
public sealed record LineRole(HeadingLabel? Label, string? Title, string? RunInText)
{
    public static LineRole Paragraph { get; } = new(null, null, null);

    public bool IsHeading => Label is not null;
}
