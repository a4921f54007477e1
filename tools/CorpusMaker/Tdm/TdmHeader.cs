namespace CorpusMaker.Tdm;

/// <summary>The header block lines (issuer, number, motto, date).</summary>
public sealed record TdmHeader(IReadOnlyList<string> Issuers, string? Number, IReadOnlyList<string> Mottos, string? Date)
{
    public bool IsEmpty => Issuers.Count == 0 && Number is null && Mottos.Count == 0 && Date is null;
}
