using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store;
using ThiDua.Store.Review;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// What the parts of a document view share: the document, the version shown, its report, the corrections (latest per
/// target), whether the user may correct, the antiforgery field, and where each flag was found on the page.
/// </summary>
public sealed class ReviewContext(DocumentSummary document, int version, Report report, IReadOnlyList<Correction> corrections, bool canEdit, Markup tokenField, RefusedCorrection? refused = null)
{
    private readonly Dictionary<string, string?> _currentValues = CorrectionApplier.Apply(report, CorrectionValidator.AppliedBefore(corrections, version))
        .Outcomes.Where(o => o.Applied)
        .GroupBy(o => o.Correction.Target, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().Correction.NewValue?.Trim(), StringComparer.Ordinal);

    public DocumentSummary Document { get; } = document;

    public int Version { get; } = version;

    public Report Report { get; } = report;

    public IReadOnlyList<Correction> Corrections { get; } = corrections;

    public bool CanEdit { get; } = canEdit;

    public Markup TokenField { get; } = tokenField;

    /// <summary>The element id where each flag is highlighted (a mark, a cell, a row, a paragraph, a footnote).</summary>
    public Dictionary<string, string> FlagAnchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The last correction of each target, as the exports apply them in order.</summary>
    public IReadOnlyDictionary<string, Correction> LatestByTarget { get; } = corrections
        .GroupBy(c => c.Target, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).Last(), StringComparer.Ordinal);

    public Correction? CorrectionOf(string target) => LatestByTarget.GetValueOrDefault(target);

    /// <summary>A correction of this page the server refused, to show again with its reason; null otherwise.</summary>
    public RefusedCorrection? Refused { get; } = refused;

    /// <summary>
    /// What the target holds once this version's corrections are applied (the value a new correction must name as its old
    /// value to apply): the last applied correction's value, else the extracted one.
    /// </summary>
    public string? CurrentValue(string target, string? extracted) => _currentValues.TryGetValue(target, out var value) ? value : extracted;

    public string FlagStatus(string flagId) => CurrentValue($"flags/{flagId}/status", null) ?? FlagReviewStatus.Open;

    public ILookup<string, Flag> FlagsByBlock { get; } = report.Flags.Where(f => f.Location.BlockId is not null && f.Location.TableId is null).ToLookup(f => f.Location.BlockId!);

    public ILookup<string, Flag> FlagsByTable { get; } = report.Flags.Where(f => f.Location.TableId is not null).ToLookup(f => f.Location.TableId!);

    public ILookup<string, Flag> FlagsByFootnote { get; } = report.Flags.Where(f => f.Location.FootnoteId is not null).ToLookup(f => f.Location.FootnoteId!);

    public ILookup<string, int> FiguresByBlock { get; } = report.Figures
        .Select((figure, index) => (figure, index))
        .Where(x => x.figure.BlockId is not null)
        .ToLookup(x => x.figure.BlockId!, x => x.index);
}
