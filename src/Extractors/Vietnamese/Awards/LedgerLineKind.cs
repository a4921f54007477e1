namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>What a body row of an award ledger is.</summary>
public enum LedgerLineKind
{
    /// <summary>A row with nothing of the ledger: empty, a repeated header, a row of column numbers <c>(1) (2) (3)</c>, a percentage row (<c>Tỷ lệ (%)</c>).</summary>
    Skipped,

    /// <summary>A part of the ledger (<c>I</c>, <c>III Khen thưởng cấp huyện</c>); it may hold counts of its own.</summary>
    Section,

    /// <summary>A numbered award row (<c>4 Giấy khen</c>), or an unnumbered row that names an award of its own.</summary>
    Award,

    /// <summary>A breakdown row of the award above it: by basis (<c>Khen chuyên đề</c>), by recipient (<c>- Tập thể</c>), or otherwise.</summary>
    SubRow,

    /// <summary>A row with content the reader could not place (a breakdown row with no award above it): it makes sums over it uncertain.</summary>
    Unread,

    /// <summary>A total row (<c>Cộng</c>, <c>Tổng cộng (I + II)</c>, <c>Tổng số</c>): never records, checked against the rows it sums.</summary>
    Total,
}
