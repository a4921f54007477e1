using ThiDua.Extractors.Model;

namespace ThiDua.Store.Review;

/// <summary>
/// A report with its corrections applied. AwardOrigins and FigureOrigins give, for each record of Report, its index in the
/// extraction (records added by a correction continue after the last one), so rows keep the numbers corrections use.
/// FlagStatuses holds the reviewed flags only; ChangedRecords names each record a correction changed (<c>awards/3</c>).
/// </summary>
public sealed record CorrectedReport(
    Report Report,
    IReadOnlyList<int> AwardOrigins,
    IReadOnlyList<int> FigureOrigins,
    IReadOnlyDictionary<string, string> FlagStatuses,
    IReadOnlySet<string> ChangedRecords,
    IReadOnlyList<CorrectionOutcome> Outcomes)
{
    public int AppliedCount => Outcomes.Count(o => o.Applied);

    public IEnumerable<CorrectionOutcome> Rejected => Outcomes.Where(o => !o.Applied);

    public string FlagStatus(string flagId) => FlagStatuses.TryGetValue(flagId, out var status) ? status : FlagReviewStatus.Open;
}
