namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// The columns of the standard appendix table <c>TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG</c>: number, name, the count column of each
/// recipient kind, and the direct-worker count (SL) and percentage columns of each kind.
/// </summary>
public sealed record LedgerColumns(
    int Number,
    int Name,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<string, int> DirectCounts,
    IReadOnlyDictionary<string, int> DirectPercents,
    int HeaderRows);
