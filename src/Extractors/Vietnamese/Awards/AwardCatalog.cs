using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// The award vocabulary: the rows of the embedded <c>awards.tsv</c> (codes only from it), their names and abbreviations
/// folded, plus <see cref="AwardVocabulary.ExtraNames"/>; finds the awards a piece of folded text names.
/// </summary>
public sealed partial class AwardCatalog
{
    public const string ResourceName = "awards.tsv";
    public const string OtherCode = AwardVocabulary.Codes.Other;

    private readonly Dictionary<string, AwardDefinition> byCode;
    private readonly IReadOnlyList<(string Name, string? Code, string? Generic)> names;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> namesByFirstWord;
    private readonly int[] namesNotStartingWithWord;

    public AwardCatalog(IEnumerable<AwardDefinition> definitions)
    {
        byCode = definitions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var all = new List<(string Name, string? Code, string? Generic)>();
        foreach (var definition in byCode.Values)
        {
            all.AddRange(definition.Names.Select(n => (n, (string?)definition.Code, (string?)null)));
        }

        all.AddRange(AwardVocabulary.ExtraNames.Where(e => byCode.ContainsKey(e.Code)).Select(e => (AwardText.Fold(e.Name), (string?)e.Code, (string?)null)));
        all.AddRange(AwardVocabulary.GenericPhrases.Select(g => (AwardText.Fold(g.Phrase), (string?)null, (string?)g.Kind)));
        names = all.Where(n => n.Item1.Length > 0).DistinctBy(n => n.Item1).OrderByDescending(n => n.Item1.Length).ToList();
        namesByFirstWord = Enumerable.Range(0, names.Count)
            .Where(i => char.IsLetterOrDigit(names[i].Name[0]))
            .GroupBy(i => FirstWord(names[i].Name, 0).ToString(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        namesNotStartingWithWord = Enumerable.Range(0, names.Count).Where(i => !char.IsLetterOrDigit(names[i].Name[0])).ToArray();
    }

    public IReadOnlyCollection<AwardDefinition> Definitions => byCode.Values;

    /// <summary>The catalog of the awards.tsv embedded in the Extractors assembly.</summary>
    public static AwardCatalog LoadEmbedded()
    {
        var assembly = typeof(AwardCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} not found in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the TSV: code, category, recipients, usual levels, names (semicolon-separated; parenthesised remarks and English descriptions dropped).</summary>
    public static AwardCatalog Parse(string tsv)
    {
        var definitions = new List<AwardDefinition>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var columns = line.TrimEnd('\r').Split('\t');
            if (columns.Length < 5 || columns[0].Length == 0) continue;
            var written = columns[4].Split(';', StringSplitOptions.TrimEntries);
            var names = written
                .Select(n => AwardText.Fold(Parenthesised().Replace(n, " ")))
                .Where(n => n.Length > 0 && !n.Split(' ').Any(AwardVocabulary.DescriptionWords.Contains))
                .ToList();
            var levels = SplitList(columns[3]);
            var display = DisplayName(written.Select(n => Parenthesised().Replace(n, " ").Trim()).FirstOrDefault(n => n.Length > 0), levels.Count);
            definitions.Add(new AwardDefinition(columns[0], columns[1], SplitList(columns[2]), levels, names, display));
        }

        return new AwardCatalog(definitions);
    }

    public AwardDefinition? Find(string code) => byCode.GetValueOrDefault(code);

    public bool Contains(string code) => byCode.ContainsKey(code);

    /// <summary>The awards named in the folded text, longest names first where they overlap, in text order.</summary>
    public IReadOnlyList<AwardMention> FindMentions(string folded)
    {
        var found = new List<AwardMention>();
        foreach (var (index, start) in Occurrences(folded))
        {
            var (name, code, generic) = names[index];
            var end = start + name.Length;
            if (found.Any(m => m.Start < end && start < m.End)) continue;
            if (generic == GenericKinds.KhenThuong && NamesTheField(folded, start)) continue;
            found.Add(new AwardMention(code, generic, start, end));
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    /// <summary>
    /// Every whole-word occurrence of every name, longest names first (the order in which overlaps are settled), each name's left to right.
    /// A name that starts with a letter or digit can only stand where a word of the text starts with the same first word, so only those names are tried there.
    /// </summary>
    private List<(int Name, int Start)> Occurrences(string folded)
    {
        var occurrences = new List<(int Name, int Start)>();
        for (var i = 0; i < folded.Length; i++)
        {
            if (!char.IsLetterOrDigit(folded[i]) || (i > 0 && char.IsLetterOrDigit(folded[i - 1]))) continue;
            if (!namesByFirstWord.TryGetValue(FirstWord(folded, i), out var candidates)) continue;
            foreach (var index in candidates)
            {
                if (EndsWordsAt(folded, names[index].Name, i)) occurrences.Add((index, i));
            }
        }

        foreach (var index in namesNotStartingWithWord)
        {
            for (var i = AwardText.IndexOfWords(folded, names[index].Name, 0); i >= 0; i = AwardText.IndexOfWords(folded, names[index].Name, i + 1)) occurrences.Add((index, i));
        }

        occurrences.Sort();
        return occurrences;
    }

    /// <summary>Whether the name stands at start (a word start) and ends a word there.</summary>
    private static bool EndsWordsAt(string folded, string name, int start)
    {
        var end = start + name.Length;
        return end <= folded.Length && string.CompareOrdinal(folded, start, name, 0, name.Length) == 0 && (end == folded.Length || !char.IsLetterOrDigit(folded[end]));
    }

    /// <summary>The run of letters and digits at start.</summary>
    private static ReadOnlySpan<char> FirstWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text.AsSpan(start, end - start);
    }

    /// <summary>The most specific award a short label names (a table row), or null.</summary>
    public AwardMention? BestNamed(string folded) =>
        FindMentions(folded).Where(m => !m.IsGeneric).OrderByDescending(m => m.Length).FirstOrDefault();

    /// <summary>The award whose name the folded label opens with (the longest such name), or null.</summary>
    public AwardDefinition? NamedAtStart(string folded)
    {
        var mention = FindMentions(folded).FirstOrDefault(m => m.Start == 0 && !m.IsGeneric);
        return mention?.Code is { } code ? Find(code) : null;
    }

    private static bool NamesTheField(string folded, int index)
    {
        var before = folded[..index].TrimEnd();
        return AwardVocabulary.FieldNamePrefixes.Any(p => before.EndsWith(p, StringComparison.Ordinal)
            && (before.Length == p.Length || !char.IsLetterOrDigit(before[before.Length - p.Length - 1])));
    }

    /// <summary>The first written name, capitalised; for a form several levels grant, without its grantor (<c>Giấy khen của Chủ tịch UBND huyện</c> → <c>Giấy khen</c>).</summary>
    private static string? DisplayName(string? name, int levels)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var of = name.IndexOf(" của ", StringComparison.Ordinal);
        if (levels > 1 && of > 0) name = name[..of];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static IReadOnlyList<string> SplitList(string column) =>
        column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
