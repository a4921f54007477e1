using System.Reflection;

namespace ThiDua.Extractors.Legacy;

/// <summary>The legacy-encoding data files (embedded resources <c>legacy/*.tsv</c>), each loaded once.</summary>
public static class LegacyData
{
    private static readonly Lazy<EncodingTable> Tcvn3Table = new(() => LoadTable("legacy/tcvn3.tsv"));
    private static readonly Lazy<EncodingTable> VniTable = new(() => LoadTable("legacy/vni.tsv"));
    private static readonly Lazy<EncodingTable> ViqrTable = new(() => LoadTable("legacy/viqr.tsv"));
    private static readonly Lazy<EncodingTable> LookalikeTable = new(() => LoadTable("legacy/lookalikes.tsv"));
    private static readonly Lazy<LegacyFonts> FontTable = new(() => LegacyFonts.Parse(Open("legacy/legacy-fonts.tsv")));

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

    private static EncodingTable LoadTable(string name) => EncodingTable.Parse(Open(name));

    private static StreamReader Open(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Thiếu tệp dữ liệu / Missing data file: " + name);
        return new StreamReader(stream);
    }
}
