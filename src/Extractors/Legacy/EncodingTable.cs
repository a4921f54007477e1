using System.Text;
using ThiDua.Extractors.Knowledge;

namespace ThiDua.Extractors.Legacy;

/// <summary>
/// A conversion table of one legacy encoding (a data file of <c>legacy → unicode</c> rows): decodes text by taking, at each
/// position, the longest legacy sequence the table knows, and keeping any other character as it is.
/// </summary>
public sealed class EncodingTable
{
    private readonly Dictionary<char, (string Legacy, string Unicode)[]> _byFirstChar;

    public EncodingTable(IEnumerable<(string Legacy, string Unicode)> rows)
    {
        Rows = rows.ToArray();
        _byFirstChar = Rows
            .GroupBy(r => r.Legacy[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Legacy.Length).ToArray());
    }

    public IReadOnlyList<(string Legacy, string Unicode)> Rows { get; }

    public bool Knows(char c) => _byFirstChar.ContainsKey(c);

    /// <summary>Whether the table has exactly this legacy sequence.</summary>
    public bool IsSequence(string legacy) =>
        _byFirstChar.TryGetValue(legacy[0], out var candidates) && candidates.Any(c => c.Legacy == legacy);

    public string Decode(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (_byFirstChar.TryGetValue(text[i], out var candidates) && Match(text, i, candidates) is { } row)
            {
                result.Append(row.Unicode);
                i += row.Legacy.Length;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    private static (string Legacy, string Unicode)? Match(string text, int start, (string Legacy, string Unicode)[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (string.CompareOrdinal(text, start, candidate.Legacy, 0, candidate.Legacy.Length) == 0) return candidate;
        }

        return null;
    }

    /// <summary>A table from a data file whose columns are <c>legacy</c> and <c>unicode</c>.</summary>
    public static EncodingTable From(KnowledgeFile file) =>
        new(file.Rows.Select(row => (file.Field(row, "legacy"), file.Field(row, "unicode"))));
}
