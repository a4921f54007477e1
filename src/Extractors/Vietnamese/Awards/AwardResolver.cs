using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Decides the code and level of a mention. Level: the grantor's, else the heading context's (<c>Khen thưởng cấp huyện</c>), else the award's
/// only usual level, else the issuer's level when the award is one that level grants. Generic mentions: <c>khen thưởng</c> by the Prime Minister is
/// bang_khen_thu_tuong, at province or ministry level bang_khen, at district or commune level giay_khen when a state body (or nobody named) grants it
/// and khen_thuong_khac when a party committee, mass organization or union does; <c>danh hiệu thi đua</c> at district or commune level is the
/// base title of the recipient (TTLĐTT, LĐTT); anything else is khen_thuong_khac. A Bằng khen granted by the Prime Minister is bang_khen_thu_tuong.
/// </summary>
public sealed class AwardResolver(AwardCatalog catalog)
{
    public (string Code, string? Level) Resolve(AwardMention mention, string recipient, Grantor? grantor, string? contextLevel, string? issuerLevel)
    {
        var definition = mention.Code is null ? null : catalog.Find(mention.Code);
        var level = grantor?.Level ?? contextLevel ?? definition?.SingleLevel ?? IssuerLevelFor(definition, issuerLevel);
        if (definition is not null) return (Refine(definition.Code, grantor), level);
        return (GenericCode(mention.GenericKind, recipient, grantor, level), level);
    }

    private static string? IssuerLevelFor(AwardDefinition? definition, string? issuerLevel) =>
        issuerLevel is not null && (definition is null || definition.UsualLevels.Contains(issuerLevel)) ? issuerLevel : null;

    private string GenericCode(string? kind, string recipient, Grantor? grantor, string? level)
    {
        var local = level is Vocabulary.Levels.Huyen or Vocabulary.Levels.Xa;
        if (kind == GenericKinds.DanhHieu)
        {
            return local && AwardVocabulary.DefaultLocalTitles.TryGetValue(recipient, out var title) && catalog.Contains(title) ? title : AwardCatalog.OtherCode;
        }

        if (kind == GenericKinds.CoThiDua)
        {
            return level is not null && AwardVocabulary.FlagsByLevel.TryGetValue(level, out var flag) && catalog.Contains(flag) ? flag : AwardCatalog.OtherCode;
        }

        if (grantor?.Name == AwardVocabulary.PrimeMinister) return AwardVocabulary.Codes.BangKhenThuTuong;
        if (level is Vocabulary.Levels.Tinh or Vocabulary.Levels.BoNganh) return AwardVocabulary.Codes.BangKhen;
        if (local && (grantor is null || grantor.IsStateBody)) return AwardVocabulary.Codes.GiayKhen;
        return AwardCatalog.OtherCode;
    }

    /// <summary>A Bằng khen the Prime Minister grants is bang_khen_thu_tuong.</summary>
    private static string Refine(string code, Grantor? grantor) =>
        code == AwardVocabulary.Codes.BangKhen && grantor?.Name == AwardVocabulary.PrimeMinister ? AwardVocabulary.Codes.BangKhenThuTuong : code;
}
