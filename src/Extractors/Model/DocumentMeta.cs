namespace ThiDua.Extractors.Model;

/// <summary>The header metadata of a report. DocType is a code such as <c>bao_cao</c> or <c>ke_hoach</c>.</summary>
public sealed record DocumentMeta(
    string? Number,
    string? Symbol,
    string? DocType,
    string? Title,
    string? Place,
    PartialDate Date,
    Period? Period,
    string? Issuer,
    Signer? Signer,
    IReadOnlyList<string> Recipients);

public sealed record PartialDate(int? Year, int? Month, int? Day)
{
    public static PartialDate Unknown { get; } = new(null, null, null);
}

/// <summary>Reporting period; Part is <c>full_year</c>, <c>first_half</c>, <c>second_half</c>, <c>quarter_N</c> or <c>month_N</c>.</summary>
public sealed record Period(int? Year, string? Part);

/// <summary>Authority is <c>KT.</c>, <c>TM.</c>, <c>Q.</c> or null.</summary>
public sealed record Signer(string? Name, string? Position, string? Authority);
