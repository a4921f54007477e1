using System.Text.RegularExpressions;

namespace ThiDua.Benchmark.Parity;

/// <summary>
/// The DOCX/PDF pairs: corpus/docx/NNN.docx with corpus/pdf/NNN.pdf (LibreOffice) and corpus/pdf-chromium/NNN.pdf
/// (Chromium), and in the real folder every PDF whose name, less a leading number, is a DOCX's name.
/// </summary>
public static partial class ParityPairs
{
    public static List<ParityPair> Find(string corpus, string? real)
    {
        var pairs = new List<ParityPair>();
        foreach (var docx in Directory.GetFiles(Path.Combine(corpus, "docx"), "[0-9][0-9][0-9].docx").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(docx);
            foreach (var (folder, producer) in new[] { ("pdf", "LibreOffice (corpus/pdf)"), ("pdf-chromium", "Chromium (corpus/pdf-chromium)") })
            {
                var pdf = Path.Combine(corpus, folder, name + ".pdf");
                if (File.Exists(pdf)) pairs.Add(new ParityPair(producer, docx, pdf));
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

    [GeneratedRegex(@"^\d+\s+")]
    private static partial Regex LeadingNumber();
}
