using System.Globalization;

namespace ThiDua.Store.Export;

/// <summary>
/// Whether a cleaned document passes the export filters. Issuer, year and period are read from the corrected header, so a
/// reviewer's fix of the issuer moves the document into the right selection; the store is asked only for the review state.
/// Issuer matches a part of the name, ignoring case and accents' encoding (NFC); year is the document's date year or its
/// period's year; period is a period code (<c>full_year</c>, <c>first_half</c>, <c>quarter_2</c>...).
/// </summary>
public static class ExportSelection
{
    public static ExportFilter ForStore(ExportFilter filter) => new(ReviewState: filter.ReviewState);

    public static bool Matches(ExportFilter filter, CleanedDocument document)
    {
        if (filter.ReviewState is { } state && !string.Equals(state, document.Item.Document.ReviewState, StringComparison.Ordinal)) return false;
        var meta = document.Corrected?.Report.Document;
        if (filter.Issuer is { } issuer && !ContainsIgnoringCase(meta?.Issuer ?? document.Item.Document.Issuer, issuer)) return false;
        if (filter.Year is { } year && meta?.Date.Year != year && meta?.Period?.Year != year) return false;
        if (filter.Period is { } period && !string.Equals(meta?.Period?.Part, period, StringComparison.Ordinal)) return false;
        return true;
    }

    private static bool ContainsIgnoringCase(string? text, string part) =>
        text is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(text.Normalize(), part.Trim().Normalize(), CompareOptions.IgnoreCase) >= 0;
}
