using System.Text;
using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Renditions;

/// <summary>
/// What makes two files the same report: the store keeps each file once by its bytes, so the .docx, the .doc and the PDF
/// of one report are three sources; their header says they are one document (Decree 30/2020: issuer, number and symbol,
/// date, type and title). Texts are compared by their letters and digits only (case, spacing and punctuation aside), so a
/// title broken over lines in a PDF reads as in Word.
/// </summary>
public static class ReportIdentity
{
    /// <summary>The identity of a report, or null when its header names neither issuer nor title (such a file stands alone).</summary>
    public static string? Of(DocumentMeta document)
    {
        var issuer = Letters(document.Issuer);
        var title = Letters(document.Title);
        if (issuer.Length == 0 || title.Length == 0) return null;
        return string.Join('|',
            Letters(document.DocType), issuer, Letters(document.Number), Letters(document.Symbol),
            document.Date.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            document.Date.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            document.Date.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            title);
    }

    private static string Letters(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c)) letters.Append(char.ToLowerInvariant(c));
        }

        return letters.ToString();
    }
}
