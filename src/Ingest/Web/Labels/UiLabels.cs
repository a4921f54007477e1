using System.Reflection;

namespace ThiDua.Ingest.Web.Labels;

/// <summary>
/// Vietnamese names (with English beside) of the model's codes: flag kinds, severities, check and review states, periods,
/// recipients, levels. The table is the embedded <c>labels.tsv</c>; an unknown code is shown as it is.
/// </summary>
public static class UiLabels
{
    private static readonly Dictionary<string, (string Vietnamese, string English)> Table = Load();

    public static string Vi(string? code) => code is null ? string.Empty : Table.TryGetValue(code, out var label) ? label.Vietnamese : code;

    public static string En(string? code) => code is null ? string.Empty : Table.TryGetValue(code, out var label) ? label.English : code;

    /// <summary>A period as a person writes it: <c>6 tháng đầu năm 2024</c>, <c>quý 2 năm 2024</c>.</summary>
    public static string Period(int? year, string? part)
    {
        var partLabel = part switch
        {
            null => null,
            _ when part.StartsWith("quarter_", StringComparison.Ordinal) => "quý " + part["quarter_".Length..],
            _ when part.StartsWith("month_", StringComparison.Ordinal) => "tháng " + part["month_".Length..],
            _ => Vi(part),
        };
        return (partLabel, year) switch
        {
            (null, null) => string.Empty,
            (null, { } y) => "năm " + y,
            ({ } p, null) => p,
            ({ } p, { } y) => p.EndsWith("năm", StringComparison.Ordinal) ? $"{p} {y}" : $"{p} năm {y}",
        };
    }

    private static Dictionary<string, (string, string)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ThiDua.Ingest.Web.Labels.labels.tsv")
            ?? throw new InvalidOperationException("labels.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length >= 3) table[parts[0]] = (parts[1], parts[2]);
        }

        return table;
    }
}
