namespace ThiDua.Tests.Shared;

/// <summary>Locates the repository folders (corpus, spec) from the test binaries; compiled into both test projects.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    public static string Spec => Path.Combine(RepoRoot, "spec");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThiDua.Ingest.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("ThiDua.Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}
