namespace CorpusMaker.Tdm;

/// <summary>What a one-line paragraph of the source is.</summary>
public enum ParagraphKind
{
    Body,
    Type,
    Title,
    Heading,
    HeadingCentered,
    Centered,
}
