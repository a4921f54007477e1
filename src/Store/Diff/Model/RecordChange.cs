namespace ThiDua.Store.Diff.Model;

/// <summary>An award or figure record <c>added</c>, <c>removed</c> or <c>changed</c>; Label describes it, Fields lists the values that differ (all of them for an added or removed record).</summary>
public sealed record RecordChange(string Change, int? AIndex, int? BIndex, string Label, IReadOnlyList<FieldChange> Fields);
