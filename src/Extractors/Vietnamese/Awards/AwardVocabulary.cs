using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// All the wording knowledge of the award extractor, as data. Every entry is written in folded form
/// (lower case, NFC, tone marks placed as in <c>hóa</c>/<c>ủy</c>), see <see cref="AwardText.Fold"/>.
/// </summary>
public static class AwardVocabulary
{
    /// <summary>Spellings rewritten to one canonical spelling before matching, applied in this order, on whole words.</summary>
    public static IReadOnlyList<(string From, string To)> Canonical { get; } =
    [
        ("ủy ban mặt trận tổ quốc việt nam", "ub mttq"),
        ("ủy ban mặt trận tổ quốc", "ub mttq"),
        ("mặt trận tổ quốc", "mttq"),
        ("ủy ban mttq", "ub mttq"),
        ("ủy ban nhân dân", "ubnd"),
        ("hội đồng thi đua - khen thưởng", "hđtđkt"),
        ("hội đồng thi đua, khen thưởng", "hđtđkt"),
        ("hội đồng thi đua khen thưởng", "hđtđkt"),
        ("hội đồng tđkt", "hđtđkt"),
        ("hội đồng tđ-kt", "hđtđkt"),
        ("hđtđ khen thưởng", "hđtđkt"),
        ("hđtđ kt", "hđtđkt"),
        ("hđtđ-kt", "hđtđkt"),
        ("hđđ-kt", "hđtđkt"),
        ("ban chấp hành", "bch"),
        ("cựu chiến binh", "ccb"),
        ("liên đoàn lao động", "lđlđ"),
        ("thủ tướng cp", "thủ tướng chính phủ"),
        ("ttcp", "thủ tướng chính phủ"),
        ("bk", "bằng khen"),
        ("cstđcs", "chiến sĩ thi đua cơ sở"),
        ("cstđ", "chiến sĩ thi đua"),
        ("lđtt", "lao động tiên tiến"),
        ("ttlđxs", "tập thể lao động xuất sắc"),
        ("ttlđtt", "tập thể lao động tiên tiến"),
        ("đvqt", "đơn vị quyết thắng"),
        ("gđvh", "gia đình văn hóa"),
        ("hclđ", "huân chương lao động"),
        ("hc", "huân chương"),
        ("bmvnah", "bà mẹ việt nam anh hùng"),
        ("vn", "việt nam"),
        ("llvtnd", "lực lượng vũ trang nhân dân"),
        ("chiến sỹ", "chiến sĩ"),
        ("kỉ niệm", "kỷ niệm"),
        ("đ/c", "đồng chí"),
    ];

    /// <summary>Names that awards.tsv does not list but reports write, with their code.</summary>
    public static IReadOnlyList<(string Name, string Code)> ExtraNames { get; } =
    [
        ("gia đình văn hóa tiêu biểu", "gia_dinh_van_hoa_tieu_bieu"),
        ("gia đình văn hóa 03 năm liên tục", "gia_dinh_van_hoa_tieu_bieu"),
        ("gia đình văn hóa ba năm liên tục", "gia_dinh_van_hoa_tieu_bieu"),
        ("cờ thi đua của ubnd tỉnh", "co_thi_dua_tinh"),
        ("danh hiệu lao động tiên tiến", "lao_dong_tien_tien"),
        ("bằng khen của chủ tịch ubnd tỉnh", "bang_khen"),
        ("bằng khen ubnd tỉnh", "bang_khen"),
        ("giấy khen", "giay_khen"),
        ("bằng khen", "bang_khen"),
        ("khu dân cư văn hóa", "thon_van_hoa"),
        ("tổ dân phố văn hóa", "thon_van_hoa"),
        ("bản văn hóa", "thon_van_hoa"),
    ];

    /// <summary>Words in the spec's names column that mark an English description rather than a name.</summary>
    public static IReadOnlySet<string> DescriptionWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "by", "any", "other", "the", "or", "of", "a" };

    /// <summary>Generic mentions: the form depends on the grantor (<c>khen thưởng</c>) or on the recipient (<c>danh hiệu thi đua</c>).</summary>
    public static IReadOnlyList<(string Phrase, string Kind)> GenericPhrases { get; } =
    [
        ("danh hiệu thi đua", GenericKinds.DanhHieu),
        ("cờ thi đua", GenericKinds.CoThiDua),
        ("khen thưởng", GenericKinds.KhenThuong),
        ("tặng thưởng", GenericKinds.KhenThuong),
    ];

    /// <summary>Words before <c>khen thưởng</c> that make it the name of the field (<c>công tác thi đua khen thưởng</c>), not an act of commending.</summary>
    public static IReadOnlyList<string> FieldNamePrefixes { get; } =
    [
        "thi đua", "thi đua,", "thi đua -", "thi đua –", "thi đua và", "công tác", "hồ sơ", "quỹ", "luật", "tỷ lệ", "bình xét", "xét", "hiện vật",
    ];

    /// <summary>Nouns that say what a count counts.</summary>
    public static IReadOnlyList<(string Noun, string Recipient)> RecipientNouns { get; } =
    [
        ("hộ gia đình", Vocabulary.Recipients.HoGiaDinh),
        ("gia đình", Vocabulary.Recipients.HoGiaDinh),
        ("hộ", Vocabulary.Recipients.HoGiaDinh),
        ("tập thể", Vocabulary.Recipients.TapThe),
        ("đơn vị", Vocabulary.Recipients.TapThe),
        ("thôn", Vocabulary.Recipients.TapThe),
        ("khối phố", Vocabulary.Recipients.TapThe),
        ("khu dân cư", Vocabulary.Recipients.TapThe),
        ("tổ dân phố", Vocabulary.Recipients.TapThe),
        ("chi bộ", Vocabulary.Recipients.TapThe),
        ("cơ quan", Vocabulary.Recipients.TapThe),
        ("tổ chức", Vocabulary.Recipients.TapThe),
        ("cá nhân", Vocabulary.Recipients.CaNhan),
        ("đồng chí", Vocabulary.Recipients.CaNhan),
        ("đảng viên", Vocabulary.Recipients.CaNhan),
        ("hội viên", Vocabulary.Recipients.CaNhan),
        ("đoàn viên", Vocabulary.Recipients.CaNhan),
        ("cán bộ", Vocabulary.Recipients.CaNhan),
        ("công chức", Vocabulary.Recipients.CaNhan),
        ("người", Vocabulary.Recipients.CaNhan),
    ];

    /// <summary>Basis words (<c>Khen chuyên đề</c>, and the typo <c>Khen thưởng xuyên</c> of the standard table).</summary>
    public static IReadOnlyList<(string Word, string Basis)> BasisWords { get; } =
    [
        ("chuyên đề", Vocabulary.Bases.ChuyenDe),
        ("đột xuất", Vocabulary.Bases.DotXuat),
        ("thường xuyên", Vocabulary.Bases.ThuongXuyen),
        ("thưởng xuyên", Vocabulary.Bases.ThuongXuyen),
        ("công hiến", Vocabulary.Bases.CongHien),
    ];

    /// <summary>Words that make a clause a proposal (status <c>proposed</c>).</summary>
    public static IReadOnlyList<string> ProposalCues { get; } = ["đề nghị", "trình", "đề xuất"];

    /// <summary>Words before <c>trình</c> that make it part of another word (<c>chương trình</c>, <c>quy trình</c>).</summary>
    public static IReadOnlyList<string> NotProposalBefore { get; } = ["chương", "quy", "lộ", "công", "tiến", "giáo", "phương", "tờ"];

    /// <summary>Words after a proposal in the same sentence that say it was granted (<c>đã có quyết định công nhận</c>).</summary>
    public static IReadOnlyList<string> ConfirmationCues { get; } = ["đã có quyết định", "đã được công nhận", "đã được phê duyệt"];

    /// <summary>Words of targets and plans, not results: a clause holding one gives no record.</summary>
    public static IReadOnlyList<string> TargetCues { get; } = ["phấn đấu", "duy trì", "chỉ tiêu"];

    /// <summary>The words that open a part of a count just given (<c>307 hộ ..., trong đó 88 hộ ...</c>).</summary>
    public const string SubsetMarker = "trong đó";

    /// <summary>Verbs that open a new clause after a comma (<c>..., xét tặng giấy khen ...</c>).</summary>
    public static IReadOnlyList<string> ClauseVerbs { get; } = ["xét tặng", "tặng", "trình", "đề nghị", "công nhận", "đã có quyết định"];

    /// <summary>Level words after a body or in <c>Khen thưởng cấp ...</c>.</summary>
    public static IReadOnlyList<(string Word, string Level)> LevelWords { get; } =
    [
        ("nhà nước", Vocabulary.Levels.NhaNuoc),
        ("trung ương", Vocabulary.Levels.NhaNuoc),
        ("bộ, ngành", Vocabulary.Levels.BoNganh),
        ("bộ ngành", Vocabulary.Levels.BoNganh),
        ("tỉnh", Vocabulary.Levels.Tinh),
        ("huyện", Vocabulary.Levels.Huyen),
        ("thị trấn", Vocabulary.Levels.Xa),
        ("phường", Vocabulary.Levels.Xa),
        ("cơ sở", Vocabulary.Levels.Xa),
        ("xã", Vocabulary.Levels.Xa),
    ];

    /// <summary>The levels from the bottom up, for <c>cấp trên</c> (the level above the issuer).</summary>
    public static IReadOnlyList<string> LevelsBottomUp { get; } =
        [Vocabulary.Levels.Xa, Vocabulary.Levels.Huyen, Vocabulary.Levels.Tinh, Vocabulary.Levels.NhaNuoc];

    /// <summary>Granting bodies that take a level word after them: folded form, display form, state body or not.</summary>
    public static IReadOnlyList<(string Body, string Display, bool State)> LeveledBodies { get; } =
    [
        ("chủ tịch ubnd", "Chủ tịch UBND", true),
        ("ubnd", "UBND", true),
        ("chủ tịch hđtđkt", "Chủ tịch HĐTĐKT", true),
        ("hđtđkt", "HĐTĐKT", true),
        ("bch đảng bộ", "BCH Đảng bộ", false),
        ("đảng ủy", "Đảng ủy", false),
        ("ub mttq", "UB MTTQ", false),
        ("mttq", "MTTQ", false),
        ("hội ccb", "Hội CCB", false),
        ("hội nông dân", "Hội Nông dân", false),
        ("hội liên hiệp phụ nữ", "Hội LHPN", false),
        ("hội lhpn", "Hội LHPN", false),
        ("hội phụ nữ", "Hội Phụ nữ", false),
        ("hội chữ thập đỏ", "Hội Chữ thập đỏ", false),
        ("đoàn thanh niên", "Đoàn Thanh niên", false),
        ("lđlđ", "Liên đoàn Lao động", false),
        ("công đoàn", "Công đoàn", false),
    ];

    /// <summary>Granting bodies whose name carries their level.</summary>
    public static IReadOnlyList<(string Body, string Display, string Level, bool State)> FixedBodies { get; } =
    [
        ("thủ tướng chính phủ", "Thủ tướng Chính phủ", Vocabulary.Levels.NhaNuoc, true),
        ("chủ tịch nước", "Chủ tịch nước", Vocabulary.Levels.NhaNuoc, true),
        ("bộ trưởng", "Bộ trưởng", Vocabulary.Levels.BoNganh, true),
        ("tỉnh ủy", "Tỉnh ủy", Vocabulary.Levels.Tinh, false),
        ("huyện ủy", "Huyện ủy", Vocabulary.Levels.Huyen, false),
    ];

    /// <summary>The grantor written in the appendix table when the row does not name one, by level.</summary>
    public static IReadOnlyDictionary<string, string> DefaultTableGrantors { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Vocabulary.Levels.Tinh] = "Chủ tịch UBND tỉnh",
        [Vocabulary.Levels.Huyen] = "Chủ tịch UBND huyện",
        [Vocabulary.Levels.Xa] = "Chủ tịch UBND xã",
    };

    /// <summary>The title a generic <c>danh hiệu thi đua</c> stands for at district and commune level, by recipient.</summary>
    public static IReadOnlyDictionary<string, string> DefaultLocalTitles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Vocabulary.Recipients.TapThe] = "tap_the_lao_dong_tien_tien",
        [Vocabulary.Recipients.CaNhan] = "lao_dong_tien_tien",
    };

    /// <summary>The awards.tsv codes the rules name.</summary>
    public static class Codes
    {
        public const string Other = "khen_thuong_khac";
        public const string GiayKhen = "giay_khen";
        public const string BangKhen = "bang_khen";
        public const string BangKhenThuTuong = "bang_khen_thu_tuong";
    }

    /// <summary>The Cờ thi đua a generic <c>cờ thi đua</c> is, by the grantor's level.</summary>
    public static IReadOnlyDictionary<string, string> FlagsByLevel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Vocabulary.Levels.NhaNuoc] = "co_thi_dua_chinh_phu",
        [Vocabulary.Levels.Tinh] = "co_thi_dua_tinh",
    };

    /// <summary>The grantor (display form) whose Bằng khen is bang_khen_thu_tuong.</summary>
    public const string PrimeMinister = "Thủ tướng Chính phủ";

    /// <summary>Header words of the standard appendix table.</summary>
    public static class Header
    {
        public const string Name = "danh hiệu";
        public const string NameAlt = "hình thức khen thưởng";
        public const string DirectGroup = "trực tiếp";
        public const string DirectGroupAlt = "đối tượng ở cơ sở";
        public const string Percent = "%";
        public const string PercentAlt = "tỷ lệ";
        public const string Total = "tổng cộng";
        public const string TotalAlt = "tổng số";
        public const string LevelRow = "khen thưởng cấp";

        public static IReadOnlyList<(string Word, string Recipient)> Kinds { get; } =
        [
            ("tập thể", Vocabulary.Recipients.TapThe),
            ("cá nhân", Vocabulary.Recipients.CaNhan),
            ("gia đình", Vocabulary.Recipients.HoGiaDinh),
            ("hộ", Vocabulary.Recipients.HoGiaDinh),
        ];
    }
}
