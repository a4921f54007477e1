namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>The kinds of generic award mention.</summary>
public static class GenericKinds
{
    public const string KhenThuong = "khen_thuong";
    public const string DanhHieu = "danh_hieu";
    public const string CoThiDua = "co_thi_dua";
}
