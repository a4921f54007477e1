using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Summary;

/// <summary>
/// The numbers of one line of the summary table: counts by recipient kind, and the direct workers (đối tượng ở cơ sở, lao
/// động trực tiếp) among the collectives and the individuals, with their share in percent.
/// </summary>
public sealed record SummaryCounts(long Collectives, long Individuals, long Households, long? DirectCollectives, long? DirectIndividuals)
{
    public static SummaryCounts Zero { get; } = new(0, 0, 0, null, null);

    public long Total => Collectives + Individuals + Households;

    public decimal? DirectCollectivesPercent => Percent(DirectCollectives, Collectives);

    public decimal? DirectIndividualsPercent => Percent(DirectIndividuals, Individuals);

    public static SummaryCounts Of(Award award) => award.Recipient switch
    {
        Vocabulary.Recipients.TapThe => new(award.Count, 0, 0, award.DirectWorkers?.Count, null),
        Vocabulary.Recipients.CaNhan => new(0, award.Count, 0, null, award.DirectWorkers?.Count),
        Vocabulary.Recipients.HoGiaDinh => new(0, 0, award.Count, null, null),
        _ => Zero,
    };

    public static SummaryCounts operator +(SummaryCounts a, SummaryCounts b) => new(
        a.Collectives + b.Collectives,
        a.Individuals + b.Individuals,
        a.Households + b.Households,
        Add(a.DirectCollectives, b.DirectCollectives),
        Add(a.DirectIndividuals, b.DirectIndividuals));

    private static long? Add(long? a, long? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static decimal? Percent(long? part, long whole) => part is { } p && whole > 0 ? Math.Round(p * 100m / whole, 1) : null;
}
