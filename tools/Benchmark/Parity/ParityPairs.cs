using System.Text.RegularExpressions;

namespace ThiDua.Benchmark.Parity;

/// <summary>
/// The DOCX/PDF pairs: corpus/docx/NNN.docx with corpus/pdf/NNN.pdf (LibreOffice) and corpus/pdf-chromium/NNN.pdf
/// (Chromium); corpus/pdf-variants/NNN-VARIANT.pdf (one producer per variant) with the DOCX of the same name beside it,
/// or corpus/docx/NNN.docx when the variant only re-wrote the corpus PDF; and in the real folder every PDF whose name,
/// less a leading number, is a DOCX's name.
/// </summary>
public static partial class ParityPairs
{
    public static List<ParityPair> Find(string corpus, string? real)
    {
        var pairs = new List<ParityPair>();
        foreach (var docx in Directory.GetFiles(Path.Combine(corpus, "docx"), "*.docx").Where(f => ReportNumber().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(docx);
            foreach (var (folder, producer) in new[] { ("pdf", "LibreOffice (corpus/pdf)"), ("pdf-chromium", "Chromium (corpus/pdf-chromium)") })
            {
                var pdf = Path.Combine(corpus, folder, name + ".pdf");
                if (File.Exists(pdf)) pairs.Add(new ParityPair(producer, docx, pdf));
            }
        }

        var variants = Path.Combine(corpus, "pdf-variants");
        if (Directory.Exists(variants))
        {
            foreach (var pdf in Directory.GetFiles(variants, "*.pdf").Order(StringComparer.Ordinal))
            {
                var match = VariantName().Match(Path.GetFileNameWithoutExtension(pdf));
                if (!match.Success) continue;
                var docx = Path.ChangeExtension(pdf, ".docx");
                if (!File.Exists(docx)) docx = Path.Combine(corpus, "docx", match.Groups[1].Value + ".docx");
                if (File.Exists(docx)) pairs.Add(new ParityPair("variant " + match.Groups[2].Value + " (" + Path.GetFileName(pdf) + ")", docx, pdf));
            }
        }

        if (real is not null && Directory.Exists(real))
        {
            var docxByName = Directory.GetFiles(real, "*.docx").ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase);
            foreach (var pdf in Directory.GetFiles(real, "*.pdf").Order(StringComparer.Ordinal))
            {
                var stem = LeadingNumber().Replace(Path.GetFileNameWithoutExtension(pdf), "");
                if (docxByName.TryGetValue(stem, out var docx)) pairs.Add(new ParityPair("real (" + Path.GetFileName(pdf) + ")", docx, pdf));
            }
        }

        return pairs;
    }

    [GeneratedRegex(@"^\d{3}\.docx$")]
    private static partial Regex ReportNumber();

    [GeneratedRegex(@"^(\d{3})-(.+)$")]
    private static partial Regex VariantName();

    [GeneratedRegex(@"^\d+\s+")]
    private static partial Regex LeadingNumber();
}
