using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Extractors.Vietnamese.Awards;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

public sealed class AwardCatalogTests
{
    [Fact]
    public void Names_come_from_awards_tsv_without_the_grantor_of_a_form_several_levels_grant()
    {
        var catalog = AwardCatalog.LoadEmbedded();

        Assert.Equal("Giấy khen", catalog.Find("giay_khen")!.DisplayName);
        Assert.Equal("Bằng khen của Thủ tướng Chính phủ", catalog.Find("bang_khen_thu_tuong")!.DisplayName);
        Assert.Equal("Gia đình văn hóa tiêu biểu 03 năm liên tục", catalog.Find("gia_dinh_van_hoa_tieu_bieu")!.DisplayName);
        Assert.DoesNotContain(catalog.Definitions.SelectMany(d => d.Names), n => n.Contains(" by ", StringComparison.Ordinal) || n.Contains('('));
    }

    [Theory]
    [InlineData("Bằng khen TTCP", "bang_khen_thu_tuong")]
    [InlineData("Danh hiệu CSTĐ cấp tỉnh", "chien_si_thi_dua_tinh")]
    [InlineData("Danh hiệu TTLĐXS, ĐVQT", "tap_the_lao_dong_xuat_sac")]
    [InlineData("Bà mẹ VN Anh hùng", "ba_me_viet_nam_anh_hung")]
    [InlineData("Kỉ niệm chương bộ, ngành", "ky_niem_chuong")]
    [InlineData("Chiến sỹ thi đua cơ sở", "chien_si_thi_dua_co_so")]
    [InlineData("Huân, Huy chương kháng chiến chống Mỹ", "huan_chuong_khang_chien")]
    [InlineData("Cờ Thi đua của Chính phủ", "co_thi_dua_chinh_phu")]
    public void Table_labels_name_their_award(string label, string code)
    {
        Assert.Equal(code, AwardCatalog.LoadEmbedded().BestNamed(AwardText.Fold(label))?.Code);
    }

    private static readonly AwardCatalog Catalog = AwardCatalog.LoadEmbedded();

    private static (string Award, string Text)[] Mentions(string text)
    {
        var folded = AwardText.Fold(text);
        return Catalog.FindMentions(folded).Select(m => (m.Code ?? m.GenericKind!, folded[m.Start..m.End])).ToArray();
    }

    [Theory]
    [InlineData("Tặng Gia đình văn hóa tiêu biểu cho 12 hộ", "gia_dinh_van_hoa_tieu_bieu", "gia đình văn hóa tiêu biểu")]
    [InlineData("Gia đình văn hóa tiêu biểu 03 năm liên tục: 12 hộ", "gia_dinh_van_hoa_tieu_bieu", "gia đình văn hóa tiêu biểu 03 năm liên tục")]
    [InlineData("Đạt danh hiệu Tập thể lao động tiên tiến: 5 tập thể", "tap_the_lao_dong_tien_tien", "tập thể lao động tiên tiến")]
    [InlineData("Đề nghị tặng Cờ Thi đua của Chính phủ cho xã", "co_thi_dua_chinh_phu", "cờ thi đua của chính phủ")]
    [InlineData("Tặng Bằng khen của Thủ tướng Chính phủ cho 2 cá nhân", "bang_khen_thu_tuong", "bằng khen của thủ tướng chính phủ")]
    [InlineData("Danh hiệu Chiến sĩ thi đua cơ sở: 19 cá nhân", "chien_si_thi_dua_co_so", "chiến sĩ thi đua cơ sở")]
    public void A_longer_name_holding_a_shorter_one_gives_the_longer_only(string text, string award, string name)
    {
        Assert.Equal([(award, name)], Mentions(text));
    }

    [Fact]
    public void Two_awards_of_a_clause_come_in_text_order()
    {
        Assert.Equal(
            [("giay_khen", "giấy khen"), ("gia_dinh_van_hoa_tieu_bieu", "gia đình văn hóa tiêu biểu")],
            Mentions("Tặng Giấy khen cho 3 hộ, Gia đình văn hóa tiêu biểu cho 10 hộ"));
        Assert.Equal(
            [("bang_khen", "bằng khen của chủ tịch ubnd tỉnh"), ("giay_khen", "giấy khen")],
            Mentions("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 2 tập thể và Giấy khen cho 5 cá nhân"));
        Assert.Equal(
            [("lao_dong_tien_tien", "lao động tiên tiến"), ("tap_the_lao_dong_tien_tien", "tập thể lao động tiên tiến"), ("lao_dong_tien_tien", "lao động tiên tiến")],
            Mentions("Lao động tiên tiến 240 cá nhân; Tập thể lao động tiên tiến 38 tập thể; LĐTT 12 người"));
    }

    [Theory]
    [InlineData("Tặng giấy khencho 5 cá nhân")]
    [InlineData("Được tặnggiấy khen")]
    [InlineData("Mẫu giấy khen2024 đã in")]
    [InlineData("Mẫu 2024giấy khen đã in")]
    public void A_name_only_as_part_of_a_longer_word_is_not_found(string text)
    {
        Assert.Empty(Mentions(text));
    }

    [Fact]
    public void Punctuation_ends_a_word()
    {
        Assert.Equal([("giay_khen", "giấy khen"), ("bang_khen", "bằng khen")], Mentions("(Giấy khen), “Bằng khen”."));
    }

    /// <summary>The lookup before names were indexed by first word: every name, longest first, at each whole-word occurrence.</summary>
    private static List<AwardMention> FindMentionsByScanningEveryName(string folded)
    {
        var names = Catalog.Definitions.SelectMany(d => d.Names.Select(n => (Name: n, Code: (string?)d.Code, Generic: (string?)null)))
            .Concat(AwardVocabulary.ExtraNames.Where(e => Catalog.Contains(e.Code)).Select(e => (Name: AwardText.Fold(e.Name), Code: (string?)e.Code, Generic: (string?)null)))
            .Concat(AwardVocabulary.GenericPhrases.Select(g => (Name: AwardText.Fold(g.Phrase), Code: (string?)null, Generic: (string?)g.Kind)))
            .Where(n => n.Name.Length > 0).DistinctBy(n => n.Name).OrderByDescending(n => n.Name.Length).ToList();
        var found = new List<AwardMention>();
        foreach (var (name, code, generic) in names)
        {
            for (var i = AwardText.IndexOfWords(folded, name, 0); i >= 0; i = AwardText.IndexOfWords(folded, name, i + 1))
            {
                var end = i + name.Length;
                if (found.Any(m => m.Start < end && i < m.End)) continue;
                if (generic == GenericKinds.KhenThuong && NamesTheField(folded, i)) continue;
                found.Add(new AwardMention(code, generic, i, end));
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    private static bool NamesTheField(string folded, int index)
    {
        var before = folded[..index].TrimEnd();
        return AwardVocabulary.FieldNamePrefixes.Any(p => before.EndsWith(p, StringComparison.Ordinal)
            && (before.Length == p.Length || !char.IsLetterOrDigit(before[before.Length - p.Length - 1])));
    }

    [Property(MaxTest = 500)]
    public Property Finds_what_scanning_every_name_finds()
    {
        // Whole names (so that they meet, overlap and nest), their words and a few others, glued or apart.
        var names = Catalog.Definitions.SelectMany(d => d.Names).Concat(AwardVocabulary.GenericPhrases.Select(g => AwardText.Fold(g.Phrase))).Distinct().ToArray();
        var words = names.SelectMany(n => n.Split(' ')).Concat(["công", "tác", "thi", "đua", "cho", "5", "cá", "nhân", "x"]).Distinct().ToArray();
        var separators = new[] { " ", " ", " ", " ", ", ", "; ", "", "-", " (" };
        var token = Gen.Frequency((2, Gen.Elements(names)), (3, Gen.Elements(words)));
        var text = token.SelectMany(w => Gen.Elements(separators).Select(s => w + s)).ArrayOf().Select(string.Concat);
        return Prop.ForAll(text.ToArbitrary(), folded => Assert.Equal(FindMentionsByScanningEveryName(folded), Catalog.FindMentions(folded)));
    }
}
