namespace ThiDua.Store.Diff.Model;

/// <summary>A flag <c>raised</c> (only in B), <c>resolved</c> (only in A) or <c>changed</c> (the same claim with other numbers or severity).</summary>
public sealed record FlagChange(string Change, string? AId, string? BId, string Kind, string Severity, string Message, string Quote, IReadOnlyList<FieldChange> Fields);
