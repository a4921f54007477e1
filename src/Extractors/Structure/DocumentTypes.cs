namespace ThiDua.Extractors.Structure;

/// <summary>Document type words of Decree 30/2020 as printed on the type line, and their codes.</summary>
public static class DocumentTypes
{
    public static IReadOnlyList<(string Words, string Code)> All { get; } =
    [
        ("BÁO CÁO", "bao_cao"),
        ("KẾ HOẠCH", "ke_hoach"),
        ("TỜ TRÌNH", "to_trinh"),
        ("QUYẾT ĐỊNH", "quyet_dinh"),
        ("THÔNG BÁO", "thong_bao"),
        ("CÔNG VĂN", "cong_van"),
        ("NGHỊ QUYẾT", "nghi_quyet"),
        ("CHƯƠNG TRÌNH", "chuong_trinh"),
        ("ĐỀ ÁN", "de_an"),
        ("HƯỚNG DẪN", "huong_dan"),
        ("BIÊN BẢN", "bien_ban"),
        ("CHỈ THỊ", "chi_thi"),
        ("THÔNG TRI", "thong_tri"),
    ];

    /// <summary>The type code and the rest of the line when the line starts with a type word in capitals.</summary>
    public static (string Code, string Remainder)? Match(string line)
    {
        foreach (var (words, code) in All)
        {
            if (!line.StartsWith(words, StringComparison.Ordinal)) continue;
            var rest = line[words.Length..];
            if (rest.Length > 0 && char.IsLetter(rest[0])) continue;
            return (code, rest.Trim());
        }

        return null;
    }
}
