namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// Every unit these reports write after a number, as data in one place: measures with their conversion factor
/// (tạ = 100 kg, tấn = 1000 kg, ha = 10 000 m²) and the count nouns (con, hộ, người, lượt, hồ sơ ...).
/// Aliases map spellings to one canonical name (<c>đ</c> and <c>VNĐ</c> are <c>đồng</c>, <c>xuất</c> is <c>suất</c>).
/// </summary>
public static class UnitCatalog
{
    private static readonly (string Alias, UnitDefinition Unit)[] Measures =
    [
        ("%", new("%", UnitKind.Percent, 1m)),
        ("ha", new("ha", UnitKind.Area, 10000m)),
        ("hecta", new("ha", UnitKind.Area, 10000m)),
        ("m²", new("m²", UnitKind.Area, 1m)),
        ("m2", new("m²", UnitKind.Area, 1m)),
        ("km²", new("km²", UnitKind.Area, 1000000m)),
        ("m³", new("m³", UnitKind.Volume, 1m)),
        ("m3", new("m³", UnitKind.Volume, 1m)),
        ("lít", new("lít", UnitKind.Volume, 0.001m)),
        ("km", new("km", UnitKind.Length, 1000m)),
        ("m", new("m", UnitKind.Length, 1m)),
        ("mét", new("m", UnitKind.Length, 1m)),
        ("cm", new("cm", UnitKind.Length, 0.01m)),
        ("tấn", new("tấn", UnitKind.Mass, 1000m)),
        ("tạ", new("tạ", UnitKind.Mass, 100m)),
        ("yến", new("yến", UnitKind.Mass, 10m)),
        ("kg", new("kg", UnitKind.Mass, 1m)),
        ("g", new("g", UnitKind.Mass, 0.001m)),
        ("đồng", new("đồng", UnitKind.Money, 1m)),
        ("đ", new("đồng", UnitKind.Money, 1m)),
        ("VNĐ", new("đồng", UnitKind.Money, 1m)),
        ("tháng", new("tháng", UnitKind.Time, 1m)),
        ("ngày", new("ngày", UnitKind.Time, 1m)),
        ("giờ", new("giờ", UnitKind.Time, 1m)),
        ("tuần", new("tuần", UnitKind.Time, 1m)),
        ("tuổi", new("tuổi", UnitKind.Time, 1m)),
    ];

    private static readonly string[] CountNouns =
    [
        "con", "hộ", "người", "lượt", "cuộc", "hồ sơ", "học sinh", "học viên", "trẻ", "cháu", "tập thể", "cá nhân", "gia đình",
        "đơn", "thửa", "cây", "suất", "trường hợp", "công trình", "dự án", "xã", "thôn", "khối phố", "lớp", "giáo viên",
        "đồng chí", "đảng viên", "cơ sở", "vụ", "việc", "bản", "tin", "bài", "văn bản", "quyết định", "giấy phép", "tiêu chí",
        "chỉ tiêu", "nhiệm vụ", "ngày công", "công", "buổi", "lần", "mốc", "tài khoản", "thẻ", "doanh nghiệp", "hợp tác xã",
        "hội viên", "nhân khẩu", "công dân", "đối tượng", "chi bộ", "sản phẩm", "bộ", "viên", "tờ", "quyển", "cặp", "bình",
        "túi", "thùng", "đội", "giải", "tiết mục", "đoàn", "bể", "đơn vị", "trạm", "nhà", "lao động", "thanh niên", "tân binh",
        "quân nhân", "cán bộ", "công chức", "thành viên", "chị", "cụ", "bệnh nhân", "hài cốt", "cơ quan", "trường", "câu lạc bộ",
        "mô hình", "đàn", "gốc", "quả", "khẩu", "tuyến", "phòng", "chương trình", "hội nghị", "lớp học", "điểm", "cụm", "khối",
        "dân tộc", "nhà văn hóa", "bộ hồ sơ", "xuất", "lượt người", "hộ gia đình", "hộ dân", "đ/c", "HTX", "DN", "cơ sở",
    ];

    private static readonly Dictionary<string, string> CountAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xuất"] = "suất",
        ["lượt người"] = "lượt",
        ["hộ gia đình"] = "hộ",
        ["hộ dân"] = "hộ",
        ["bộ hồ sơ"] = "hồ sơ",
        ["đ/c"] = "đồng chí",
        ["HTX"] = "hợp tác xã",
        ["DN"] = "doanh nghiệp",
    };

    private static readonly (string Alias, UnitDefinition Unit)[] All = Build();

    private static readonly Dictionary<string, UnitDefinition> ByName = All
        .GroupBy(a => a.Unit.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal);

    /// <summary>The unit written at <paramref name="position"/> (longest alias first, whole words only), or null.</summary>
    public static UnitMatch? MatchAt(string text, int position)
    {
        foreach (var (alias, unit) in All)
        {
            if (position + alias.Length > text.Length) continue;
            if (string.Compare(text, position, alias, 0, alias.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var end = position + alias.Length;
            if (alias == "%") return new UnitMatch(unit, position, end);
            if (end < text.Length && char.IsLetterOrDigit(text[end]) && !char.IsDigit(alias[^1])) continue;
            if (end < text.Length && char.IsDigit(text[end]) && char.IsLetter(alias[^1])) continue;
            if (alias.Length == 1 && char.IsLetter(alias[0]) && !string.Equals(text.Substring(position, 1), alias, StringComparison.Ordinal)) continue;
            return new UnitMatch(unit, position, end);
        }

        return null;
    }

    public static UnitDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Converts a value between two units of the same kind (10 tạ = 1 tấn); null when the kinds differ.</summary>
    public static decimal? Convert(decimal value, string fromUnit, string toUnit)
    {
        if (string.Equals(fromUnit, toUnit, StringComparison.Ordinal)) return value;
        var from = Find(fromUnit);
        var to = Find(toUnit);
        if (from is null || to is null || from.Kind != to.Kind || from.Kind == UnitKind.Count) return null;
        return value * from.Factor / to.Factor;
    }

    private static (string Alias, UnitDefinition Unit)[] Build()
    {
        var list = new List<(string, UnitDefinition)>(Measures);
        foreach (var noun in CountNouns.Distinct(StringComparer.Ordinal))
        {
            var name = CountAliases.GetValueOrDefault(noun, noun);
            list.Add((noun, new UnitDefinition(name, UnitKind.Count, 1m)));
        }

        return list.OrderByDescending(a => a.Item1.Length).ToArray();
    }
}
