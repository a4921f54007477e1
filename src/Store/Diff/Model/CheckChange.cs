namespace ThiDua.Store.Diff.Model;

/// <summary>A recognized claim <c>added</c>, <c>removed</c>, or whose outcome <c>changed</c> (consistent, mismatch, unverifiable).</summary>
public sealed record CheckChange(string Change, string? AId, string? BId, string Kind, string? AStatus, string? BStatus, string Quote);
