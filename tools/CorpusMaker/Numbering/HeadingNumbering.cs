namespace CorpusMaker.Numbering;

/// <summary>How one heading is written: with automatic numbering at <see cref="Level"/> and the label stripped, or typed.</summary>
public sealed record HeadingNumbering(int? Level, string Text);
