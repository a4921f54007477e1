namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>Paths of the PDF test files: our fixtures and the shared third-party robustness set.</summary>
public static class PdfFixtures
{
    public static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "ThiDua.Extractors.Tests", "Fixtures", "Pdf");

    public static string Report => Path.Combine(Folder, "report.pdf");

    public static string Ruled => Path.Combine(Folder, "ruled.pdf");

    /// <summary>
    /// A Chromium corpus PDF as printed before the landscape pages (session 14): every page portrait, the wide award
    /// table clipped at the margin and split over pages. Kept for the readers of clipped and split tables.
    /// </summary>
    public static string ChromiumPortrait(string report) => Path.Combine(Folder, "chromium-portrait", report + ".pdf");

    public static string RobustnessFolder =>
        Environment.GetEnvironmentVariable("THIDUA_ROBUSTNESS_PDF") ?? "/work/shared/robustness/pdf";

    public static TheoryData<string> RobustnessFiles()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(RobustnessFolder))
        {
            foreach (var f in Directory.GetFiles(RobustnessFolder, "*.pdf").Order()) data.Add(Path.GetFileName(f));
        }

        if (data.Count == 0) data.Add("");
        return data;
    }
}
