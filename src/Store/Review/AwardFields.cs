using ThiDua.Extractors.Model;
using ThiDua.Store.Common;

namespace ThiDua.Store.Review;

/// <summary>The fields a correction can address as <c>awards/&lt;index&gt;/&lt;field&gt;</c> (names as in the canonical JSON).</summary>
internal static class AwardFields
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "award", "name", "level", "grantor", "recipient", "count", "basis", "status", "directWorkers.count", "directWorkers.percent",
    };

    private static readonly HashSet<string> Levels = [Vocabulary.Levels.NhaNuoc, Vocabulary.Levels.BoNganh, Vocabulary.Levels.Tinh, Vocabulary.Levels.Huyen, Vocabulary.Levels.Xa];
    private static readonly HashSet<string> Recipients = [Vocabulary.Recipients.TapThe, Vocabulary.Recipients.CaNhan, Vocabulary.Recipients.HoGiaDinh];
    private static readonly HashSet<string> Bases = [Vocabulary.Bases.ThuongXuyen, Vocabulary.Bases.ChuyenDe, Vocabulary.Bases.DotXuat, Vocabulary.Bases.CongHien];
    private static readonly HashSet<string> Statuses = [Vocabulary.Statuses.Awarded, Vocabulary.Statuses.Proposed];

    public static string? Get(Award award, string field) => field switch
    {
        "award" => award.Code,
        "name" => award.Name,
        "level" => award.Level,
        "grantor" => award.Grantor,
        "recipient" => award.Recipient,
        "count" => InvariantText.Of(award.Count),
        "basis" => award.Basis,
        "status" => award.Status,
        "directWorkers.count" => InvariantText.Of(award.DirectWorkers?.Count),
        "directWorkers.percent" => InvariantText.Of(award.DirectWorkers?.Percent),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static bool TrySet(Award award, string field, string? value, out Award updated)
    {
        updated = award;
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var workers = award.DirectWorkers ?? new DirectWorkers(null, null);
        switch (field)
        {
            case "award" when text is not null: updated = award with { Code = text }; return true;
            case "name": updated = award with { Name = text }; return true;
            case "level" when text is null || Levels.Contains(text): updated = award with { Level = text }; return true;
            case "grantor": updated = award with { Grantor = text }; return true;
            case "recipient" when text is not null && Recipients.Contains(text): updated = award with { Recipient = text }; return true;
            case "count" when InvariantText.TryInt(text, out var count) && count is >= 0:
                updated = award with { Count = count.Value };
                return true;
            case "basis" when text is null || Bases.Contains(text): updated = award with { Basis = text }; return true;
            case "status" when text is not null && Statuses.Contains(text): updated = award with { Status = text }; return true;
            case "directWorkers.count" when InvariantText.TryInt(text, out var workerCount):
                updated = award with { DirectWorkers = Empty(workers with { Count = workerCount }) };
                return true;
            case "directWorkers.percent" when InvariantText.TryDecimal(text, out var percent):
                updated = award with { DirectWorkers = Empty(workers with { Percent = percent }) };
                return true;
            default: return false;
        }
    }

    private static DirectWorkers? Empty(DirectWorkers workers) => workers.Count is null && workers.Percent is null ? null : workers;
}
