namespace ThiDua.Extractors.Model;

/// <summary>The closed vocabularies of the canonical model, as written in the JSON.</summary>
public static class Vocabulary
{
    public static class DocTypes
    {
        public const string BaoCao = "bao_cao";
        public const string KeHoach = "ke_hoach";
    }

    public static class Levels
    {
        public const string NhaNuoc = "nha_nuoc";
        public const string BoNganh = "bo_nganh";
        public const string Tinh = "tinh";
        public const string Huyen = "huyen";
        public const string Xa = "xa";
    }

    public static class Recipients
    {
        public const string TapThe = "tap_the";
        public const string CaNhan = "ca_nhan";
        public const string HoGiaDinh = "ho_gia_dinh";
    }

    public static class Bases
    {
        public const string ThuongXuyen = "thuong_xuyen";
        public const string ChuyenDe = "chuyen_de";
        public const string DotXuat = "dot_xuat";
        public const string CongHien = "cong_hien";
    }

    public static class Statuses
    {
        public const string Awarded = "awarded";
        public const string Proposed = "proposed";
    }

    public static class Severities
    {
        public const string Error = "error";
        public const string Warning = "warning";
        public const string Info = "info";
    }

    public static class FlagKinds
    {
        public const string SumMismatch = "sum_mismatch";
        public const string RatioMismatch = "ratio_mismatch";
        public const string DifferenceMismatch = "difference_mismatch";
        public const string ProductMismatch = "product_mismatch";
        public const string TableSumMismatch = "table_sum_mismatch";
        public const string TablePercentMismatch = "table_percent_mismatch";
        public const string TextTableMismatch = "text_table_mismatch";
        public const string CountMismatch = "count_mismatch";
        public const string AnniversaryMismatch = "anniversary_mismatch";
        public const string MalformedNumber = "malformed_number";
        public const string MisplacedValue = "misplaced_value";
    }
}
