namespace ThiDua.Web.Tests.Infrastructure;

/// <summary>The corpus reports the web tests upload.</summary>
public static class Corpus
{
    /// <summary>The largest corpus report (PDF); its hand-written flags list a sum that does not add up: 10.994 received, 2.190 + 8.943 = 11.133.</summary>
    public static string LargestPdf => Path.Combine(TestPaths.Corpus, "pdf", "001.pdf");

    public static string Docx => Path.Combine(TestPaths.Corpus, "docx", "000.docx");

    public static string SmallestDocx => Path.Combine(TestPaths.Corpus, "docx", "003.docx");

    /// <summary>The stated figure of a flag that corpus/expected/001.flags.json marks <c>flag</c> (sum_mismatch).</summary>
    public const string KnownFlagStated = "10.994";
}
