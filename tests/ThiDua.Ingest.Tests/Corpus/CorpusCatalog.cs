namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>
/// The renditions in corpus/: docx/NNN.docx (Word), docx/NNN-autonum.docx (automatic numbering), docx-lo/NNN.docx
/// (LibreOffice-saved), doc/NNN.doc (Word 97-2003, saved by LibreOffice), pdf/NNN.pdf, legacy/NNN-tcvn3.docx and
/// legacy/NNN-vni.doc (typed in pre-Unicode fonts).
/// </summary>
public static class CorpusCatalog
{
    public static IReadOnlyList<CorpusDocument> All(params string[] variants) =>
        Enumerate().Where(d => variants.Length == 0 || variants.Contains(d.Variant)).ToArray();

    public static string ExpectedPath(string reportId, string suffix = "") => Path.Combine(TestPaths.Corpus, "expected", reportId + suffix + ".json");

    private static IEnumerable<CorpusDocument> Enumerate()
    {
        foreach (var (folder, extension, variant) in new[] { ("docx", ".docx", "docx"), ("docx-lo", ".docx", "docx-lo"), ("doc", ".doc", "doc"), ("pdf", ".pdf", "pdf"), ("pdf-chromium", ".pdf", "pdf-chromium"), ("legacy", ".docx", "legacy"), ("legacy", ".doc", "legacy") })
        {
            var directory = Path.Combine(TestPaths.Corpus, folder);
            if (!Directory.Exists(directory)) continue;
            foreach (var file in Directory.EnumerateFiles(directory, "*" + extension).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var dash = name.IndexOf('-');
                var reportId = dash < 0 ? name : name[..dash];
                if (!File.Exists(ExpectedPath(reportId))) continue;
                yield return new CorpusDocument(file, reportId, dash < 0 ? variant : variant + name[dash..]);
            }
        }
    }
}
