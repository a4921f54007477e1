namespace CorpusMaker.Tdm;

/// <summary>A paragraph; its text still carries the inline markup.</summary>
public sealed record TdmParagraph(int Line, ParagraphKind Kind, string Text) : TdmBlock(Line);
