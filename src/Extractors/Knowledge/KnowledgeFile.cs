namespace ThiDua.Extractors.Knowledge;

/// <summary>
/// One data file of <c>src/Extractors/Knowledge</c>, embedded as <c>Knowledge/&lt;name&gt;</c> (every embedded resource feeds the
/// pipeline-version hash). Tab-separated UTF-8: blank lines and lines starting with <c>#</c> are comments, the first other line names
/// the columns, every further line is a row (fields trimmed; missing trailing fields read as empty).
/// </summary>
public sealed class KnowledgeFile
{
    public const string ResourcePrefix = "Knowledge/";

    private readonly Dictionary<string, int> columnIndex;

    private KnowledgeFile(string name, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The embedded file <c>Knowledge/name</c> of the Extractors assembly.</summary>
    public static KnowledgeFile Load(string name)
    {
        var assembly = typeof(KnowledgeFile).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix}{name} not found in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd());
    }

    public static KnowledgeFile Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<string>? columns = null;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var fields = line.Split('\t').Select(f => f.Trim()).ToArray();
            if (columns is null)
            {
                columns = fields;
                continue;
            }

            rows.Add(fields.Length >= columns.Count ? fields : [.. fields, .. Enumerable.Repeat(string.Empty, columns.Count - fields.Length)]);
        }

        return new KnowledgeFile(name, columns ?? [], rows);
    }

    /// <summary>The field of a row under the named column.</summary>
    public string Field(IReadOnlyList<string> row, string column) =>
        columnIndex.TryGetValue(column, out var i) ? row[i] : throw new KeyNotFoundException($"{Name} has no column '{column}'.");

    /// <summary>The rows whose first column is the given list name (files that hold several word lists).</summary>
    public IEnumerable<IReadOnlyList<string>> RowsOf(string list) => Rows.Where(r => r[0] == list);
}
