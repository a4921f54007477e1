namespace ThiDua.Store.Diff.Model;

/// <summary>
/// A heading added, removed, or matched with a change: <c>renamed</c> (title), <c>moved</c> (parent or order), <c>renumbered</c>
/// (numbering only); the strongest one names the change, the fields show all. Parent is the parent heading's numbering and title.
/// </summary>
public sealed record HeadingChange(
    string Change,
    string? AId,
    string? BId,
    string? ANumbering,
    string? BNumbering,
    string? ATitle,
    string? BTitle,
    string? AParent,
    string? BParent);
