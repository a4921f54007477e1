using ThiDua.Extractors.Knowledge;

namespace ThiDua.Extractors.Legacy;

/// <summary>The legacy-encoding data files (<c>src/Extractors/Knowledge/legacy-*.tsv</c>, <c>glyph-lookalikes.tsv</c>), each loaded once.</summary>
public static class LegacyData
{
    private static readonly Lazy<EncodingTable> Tcvn3Table = new(() => EncodingTable.From(KnowledgeFile.Load("legacy-tcvn3.tsv")));
    private static readonly Lazy<EncodingTable> VniTable = new(() => EncodingTable.From(KnowledgeFile.Load("legacy-vni.tsv")));
    private static readonly Lazy<EncodingTable> ViqrTable = new(() => EncodingTable.From(KnowledgeFile.Load("legacy-viqr.tsv")));
    private static readonly Lazy<EncodingTable> LookalikeTable = new(() => EncodingTable.From(KnowledgeFile.Load("glyph-lookalikes.tsv")));
    private static readonly Lazy<LegacyFonts> FontTable = new(() => LegacyFonts.From(KnowledgeFile.Load("legacy-fonts.tsv")));

    public static EncodingTable Tcvn3 => Tcvn3Table.Value;

    public static EncodingTable Vni => VniTable.Value;

    public static EncodingTable Viqr => ViqrTable.Value;

    /// <summary>Characters broken PDF font maps put where a Vietnamese letter belongs (Ƣ for Ư).</summary>
    public static EncodingTable Lookalikes => LookalikeTable.Value;

    public static LegacyFonts Fonts => FontTable.Value;

    public static EncodingTable TableFor(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => Tcvn3,
        LegacyEncoding.Vni => Vni,
        LegacyEncoding.Viqr => Viqr,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };
}
