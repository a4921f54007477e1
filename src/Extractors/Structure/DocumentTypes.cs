using ThiDua.Extractors.Knowledge;

namespace ThiDua.Extractors.Structure;

/// <summary>Document type words of Decree 30/2020 as printed on the type line, and their codes (<c>Knowledge/document-types.tsv</c>).</summary>
public static class DocumentTypes
{
    public static IReadOnlyList<(string Words, string Code)> All { get; } =
        KnowledgeCatalog.DocumentTypes.Rows.Select(r => (r[0], r[1])).ToList();

    /// <summary>The type code and the rest of the line when the line starts with a type word in capitals.</summary>
    public static (string Code, string Remainder)? Match(string line)
    {
        foreach (var (words, code) in All)
        {
            if (!line.StartsWith(words, StringComparison.Ordinal)) continue;
            var rest = line[words.Length..];
            if (rest.Length > 0 && char.IsLetter(rest[0])) continue;
            return (code, rest.Trim());
        }

        return null;
    }
}
