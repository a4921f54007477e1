namespace ThiDua.Store.Diff.Model;

/// <summary>A field whose value differs: its name as in the canonical JSON, and the values as text (null when absent).</summary>
public sealed record FieldChange(string Field, string? A, string? B);
