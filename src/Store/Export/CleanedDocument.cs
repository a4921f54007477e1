using ThiDua.Store.Review;

namespace ThiDua.Store.Export;

/// <summary>A document as exported: its store row and latest extraction, and that extraction with its corrections applied (null when it failed).</summary>
public sealed record CleanedDocument(ExportItem Item, CorrectedReport? Corrected)
{
    public static CleanedDocument From(ExportItem item) =>
        new(item, item.Extraction.Report is { } report ? CorrectionApplier.Apply(report, item.Corrections) : null);
}
