namespace CorpusMaker.Numbering;

/// <summary>A typed heading label (<c>I.</c>, <c>1.</c>, <c>1.1.</c>, <c>a)</c>), the list level it belongs to, and the rest of the text.</summary>
public sealed record HeadingLabel(int Level, string Label, string Rest);
