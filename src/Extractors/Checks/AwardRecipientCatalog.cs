using System.Globalization;
using System.Text;

namespace ThiDua.Extractors.Checks;

/// <summary>Who can receive each award form of spec/awards.tsv (embedded as <c>awards.tsv</c>), looked up by any of its written names.</summary>
public sealed class AwardRecipientCatalog
{
    private readonly List<(string Name, string Code, IReadOnlySet<string> Recipients)> _names = [];

    private AwardRecipientCatalog(TextReader reader)
    {
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 5) continue;
            var recipients = fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var name in fields[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var cleaned = name.Contains('(', StringComparison.Ordinal) ? name[..name.IndexOf('(', StringComparison.Ordinal)].Trim() : name;
                if (cleaned.Length > 0) _names.Add((Normalize(cleaned), fields[0], recipients));
            }
        }

        _names.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    public static AwardRecipientCatalog Default { get; } = Load();

    /// <summary>The award code and its possible recipients for a row label, or null when no award name matches it.</summary>
    public (string Code, IReadOnlySet<string> Recipients)? Find(string label)
    {
        var normalized = Normalize(label);
        if (normalized.StartsWith("danh hieu ", StringComparison.Ordinal)) normalized = normalized["danh hieu ".Length..];
        foreach (var (name, code, recipients) in _names)
        {
            if (normalized == name || normalized.StartsWith(name + " ", StringComparison.Ordinal)) return (code, recipients);
        }

        return null;
    }

    public static string Normalize(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var collapsed = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Replace("chien sy", "chien si", StringComparison.Ordinal).Replace("ki niem", "ky niem", StringComparison.Ordinal);
    }

    private static AwardRecipientCatalog Load()
    {
        using var stream = typeof(AwardRecipientCatalog).Assembly.GetManifestResourceStream("awards.tsv")
            ?? throw new InvalidOperationException("awards.tsv is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new AwardRecipientCatalog(reader);
    }
}
