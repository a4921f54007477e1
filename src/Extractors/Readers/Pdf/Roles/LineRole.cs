namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>What a line of a page without markup is, as the line-role model names it.</summary>
public enum LineRole
{
    Body,
    Heading,
    FootnoteBody,
    PageFurniture,
    TableCell,
    HeaderBlock,
    SignatureBlock,
}
