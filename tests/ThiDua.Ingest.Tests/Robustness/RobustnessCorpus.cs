namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// The third-party Word and PDF files of <c>tests/robustness/</c> (a copy of the shared robustness corpus, with its
/// licences in its README; THIDUA_ROBUSTNESS_DIR points the tests at another folder). A missing folder is a failure, not a skip.
/// </summary>
public static class RobustnessCorpus
{
    public static string Root
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("THIDUA_ROBUSTNESS_DIR") is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : Path.Combine(TestPaths.RepoRoot, "tests", "robustness");
            if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"robustness corpus not found at {root}; set THIDUA_ROBUSTNESS_DIR");
            return root;
        }
    }

    public static TheoryData<string> Files(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, kind)).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }
}
