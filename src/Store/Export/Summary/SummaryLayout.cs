using System.Reflection;
using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Summary;

/// <summary>
/// The layout of the official award summary table, read from the embedded <c>summary-layout.tsv</c>: the level groups
/// (Roman rows) with the model levels each gathers, the award rows printed under each, and the basis sub-row titles.
/// Names of awards the layout does not list come from <c>spec/awards.tsv</c>.
/// </summary>
internal sealed class SummaryLayout
{
    public sealed record Group(string Roman, string Title, IReadOnlySet<string> Levels);

    public sealed record AwardRow(string Group, string Label, string Code, string Title);

    public IReadOnlyList<Group> Groups { get; }

    public IReadOnlyList<AwardRow> Rows { get; }

    public IReadOnlyDictionary<string, string> BasisTitles { get; }

    private readonly IReadOnlyDictionary<string, string> awardNames;

    private SummaryLayout(IReadOnlyList<Group> groups, IReadOnlyList<AwardRow> rows, IReadOnlyDictionary<string, string> basisTitles, IReadOnlyDictionary<string, string> awardNames)
    {
        Groups = groups;
        Rows = rows;
        BasisTitles = basisTitles;
        this.awardNames = awardNames;
    }

    public static SummaryLayout Default { get; } = Load();

    /// <summary>The group of a record's level: the one listing it, or the group with no levels (level unknown).</summary>
    public Group GroupOf(string? level) =>
        Groups.FirstOrDefault(g => level is not null && g.Levels.Contains(level)) ?? Groups.First(g => g.Levels.Count == 0);

    public string AwardTitle(string code) => awardNames.TryGetValue(code, out var name) ? name : code;

    private static SummaryLayout Load()
    {
        var groups = new List<Group>();
        var rows = new List<AwardRow>();
        var bases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ReadLines(typeof(SummaryLayout).Assembly, "summary-layout.tsv"))
        {
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "group":
                    groups.Add(new Group(cells[1], cells[2], cells[3].Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)));
                    break;
                case "row":
                    rows.Add(new AwardRow(cells[1], cells[2], cells[3], cells[4]));
                    break;
                case "basis":
                    bases[cells[1]] = cells[2];
                    break;
                default:
                    throw new InvalidDataException("summary-layout.tsv: unknown line kind " + cells[0]);
            }
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["khen_thuong_khac"] = "Khen thưởng khác" };
        foreach (var line in ReadLines(typeof(Report).Assembly, "awards.tsv").Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 5) names.TryAdd(cells[0], cells[4].Split(';')[0].Split('(')[0].Trim());
        }

        return new SummaryLayout(groups, rows, bases, names);
    }

    private static IEnumerable<string> ReadLines(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException("Missing embedded resource " + resource);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) yield return line;
        }
    }
}
