using System.Globalization;

namespace ThiDua.Ingest.Tests.Corpus.Changed;

/// <summary>One row of corpus/changed/changes.tsv: a number altered in a corpus or real report and the flag a careful reader expects.</summary>
public sealed record ReportChange(
    string Id,
    string File,
    string Target,
    string Original,
    string Changed,
    string Category,
    bool ExpectsFlag,
    string? Kind,
    decimal? Stated,
    IReadOnlyList<(string Kind, decimal Stated)> Also,
    string Why)
{
    public static IReadOnlyList<ReportChange> LoadAll()
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(TestPaths.Corpus, "changed", "changes.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split('\t');
            string Cell(string name) => cells[Array.IndexOf(header, name)];
            var also = Cell("also").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.Split(':'))
                .Select(a => (a[0], decimal.Parse(a[1], CultureInfo.InvariantCulture)))
                .ToList();
            var expectsFlag = Cell("expect") == "flag";
            return new ReportChange(
                Cell("id"),
                Cell("file"),
                Cell("target"),
                Cell("original"),
                Cell("changed"),
                Cell("category"),
                expectsFlag,
                expectsFlag ? Cell("kind") : null,
                expectsFlag ? decimal.Parse(Cell("stated"), CultureInfo.InvariantCulture) : null,
                also,
                Cell("why"));
        }).ToList();
    }

    public override string ToString() => Id;
}
