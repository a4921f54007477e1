using System.Text.Json;
using ThiDua.Extractors.Model;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>
/// Scores an extraction against a hand-written expectation (corpus/EXPECTED.md): metadata fields, the heading tree
/// (preorder of depth, numbering, title, matched in order), footnotes (marker and text), footnote links (citing block text
/// starts with citedBy) and table cells (text and spans, row by row).
/// </summary>
public static class ExtractionScorer
{
    private const int MaxDifferences = 12;

    public static IReadOnlyList<ComponentScore> Score(Report actual, JsonElement expected) =>
    [
        Metadata(actual.Document, expected.GetProperty("document")),
        Headings(actual.Sections, expected.GetProperty("sections")),
        .. Footnotes(actual, expected.GetProperty("footnotes")),
        Tables(actual.Tables, expected.GetProperty("tables")),
    ];

    private static ComponentScore Metadata(DocumentMeta actual, JsonElement expected)
    {
        var fields = new (string Name, string? Actual, string? Expected)[]
        {
            ("number", actual.Number, Str(expected, "number")),
            ("symbol", actual.Symbol, Str(expected, "symbol")),
            ("docType", actual.DocType, Str(expected, "docType")),
            ("title", actual.Title, Str(expected, "title")),
            ("place", actual.Place, Str(expected, "place")),
            ("date", $"{actual.Date.Year}-{actual.Date.Month}-{actual.Date.Day}", Date(expected.GetProperty("date"))),
            ("period", actual.Period is null ? null : $"{actual.Period.Year} {actual.Period.Part}", expected.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.Object ? $"{Int(p, "year")} {Str(p, "part")}" : null),
            ("issuer", actual.Issuer, Str(expected, "issuer")),
            ("signer.name", actual.Signer?.Name, Nested(expected, "signer", "name")),
            ("signer.position", actual.Signer?.Position, Nested(expected, "signer", "position")),
            ("signer.authority", actual.Signer?.Authority, Nested(expected, "signer", "authority")),
            ("recipients", string.Join(" | ", actual.Recipients.Select(Text.Fold)), expected.TryGetProperty("recipients", out var r) ? string.Join(" | ", r.EnumerateArray().Select(x => Text.Fold(x.GetString()))) : string.Empty),
        };
        var differences = fields.Where(f => Text.Fold(f.Actual) != Text.Fold(f.Expected)).Select(f => $"{f.Name}: got «{f.Actual}», expected «{f.Expected}»").ToList();
        return new ComponentScore("metadata", fields.Length - differences.Count, fields.Length, differences);
    }

    private static ComponentScore Headings(IReadOnlyList<Section> actual, JsonElement expected)
    {
        var want = new List<string>();
        FlattenExpected(expected, 1, want);
        var got = new List<string>();
        FlattenActual(actual, 1, got);
        var matched = Lcs.Length(want, got);
        var differences = Lcs.Differences(want, got).Take(MaxDifferences).ToList();
        return new ComponentScore("headings", matched, Math.Max(want.Count, got.Count), differences);
    }

    private static IEnumerable<ComponentScore> Footnotes(Report actual, JsonElement expected)
    {
        var blockTexts = BlockTexts(actual.Sections);
        int texts = 0, links = 0, count = 0;
        var textDifferences = new List<string>();
        var linkDifferences = new List<string>();
        foreach (var want in expected.EnumerateArray())
        {
            count++;
            var marker = Str(want, "marker");
            var got = actual.Footnotes.FirstOrDefault(f => f.Marker == marker);
            if (got is null)
            {
                textDifferences.Add($"footnote {marker}: missing");
                linkDifferences.Add($"footnote {marker}: missing");
                continue;
            }

            if (Text.Fold(got.Text) == Text.Fold(Str(want, "text"))) texts++;
            else textDifferences.Add($"footnote {marker}: got «{Text.Fold(got.Text)}», expected «{Text.Fold(Str(want, "text"))}»");

            var citedBy = StripBullet(Text.Fold(Str(want, "citedBy")));
            if (got.Refs.Any(id => blockTexts.TryGetValue(id, out var text) && StripBullet(Text.Fold(text)).StartsWith(citedBy, StringComparison.Ordinal))) links++;
            else linkDifferences.Add($"footnote {marker}: cited by [{string.Join(", ", got.Refs.Select(id => blockTexts.GetValueOrDefault(id, id)[..Math.Min(40, blockTexts.GetValueOrDefault(id, id).Length)]))}], expected «{citedBy}»");
        }

        var total = Math.Max(count, actual.Footnotes.Count);
        yield return new ComponentScore("footnotes", texts, total, textDifferences.Take(MaxDifferences).ToList());
        yield return new ComponentScore("footnote links", links, total, linkDifferences.Take(MaxDifferences).ToList());
    }

    private static ComponentScore Tables(IReadOnlyList<Table> actual, JsonElement expected)
    {
        int matched = 0, total = 0;
        var differences = new List<string>();
        var wantTables = expected.EnumerateArray().ToList();
        for (var t = 0; t < Math.Max(wantTables.Count, actual.Count); t++)
        {
            var want = t < wantTables.Count ? wantTables[t] : (JsonElement?)null;
            var got = t < actual.Count ? actual[t] : null;
            var wantRows = want?.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => $"{Text.Fold(Str(c, "text"))}⟨{Int(c, "rowSpan") ?? 1}×{Int(c, "colSpan") ?? 1}⟩").ToList()).ToList() ?? [];
            var gotRows = got?.Rows.Select(r => r.Select(c => $"{Text.Fold(c.Text)}⟨{c.RowSpan}×{c.ColSpan}⟩").ToList()).ToList() ?? [];
            var attributes = new (string Name, string? Got, string? Want)[]
            {
                ("caption", got?.Caption, want is { } w1 ? Str(w1, "caption") : null),
                ("appendix", got?.Appendix, want is { } w2 ? Str(w2, "appendix") : null),
                ("headerRows", got?.HeaderRows.ToString(), want is { } w3 ? Int(w3, "headerRows")?.ToString() : null),
            };
            foreach (var (name, g, w) in attributes)
            {
                total++;
                if (Text.Fold(g) == Text.Fold(w)) matched++;
                else differences.Add($"table {t + 1} {name}: got «{g}», expected «{w}»");
            }

            for (var r = 0; r < Math.Max(wantRows.Count, gotRows.Count); r++)
            {
                var wantRow = r < wantRows.Count ? wantRows[r] : [];
                var gotRow = r < gotRows.Count ? gotRows[r] : [];
                for (var c = 0; c < Math.Max(wantRow.Count, gotRow.Count); c++)
                {
                    total++;
                    var wantCell = c < wantRow.Count ? wantRow[c] : "∅";
                    var gotCell = c < gotRow.Count ? gotRow[c] : "∅";
                    if (wantCell == gotCell) matched++;
                    else differences.Add($"table {t + 1} row {r} cell {c}: got «{gotCell}», expected «{wantCell}»");
                }
            }
        }

        return new ComponentScore("table cells", matched, total, differences.Take(MaxDifferences).ToList());
    }

    private static void FlattenExpected(JsonElement sections, int depth, List<string> into)
    {
        foreach (var section in sections.EnumerateArray())
        {
            into.Add($"{depth} {Str(section, "numbering")} {Text.Fold(Str(section, "title"))}");
            if (section.TryGetProperty("children", out var children)) FlattenExpected(children, depth + 1, into);
        }
    }

    private static void FlattenActual(IReadOnlyList<Section> sections, int depth, List<string> into)
    {
        foreach (var section in sections)
        {
            into.Add($"{depth} {section.Numbering} {Text.Fold(section.Title)}");
            FlattenActual(section.Children, depth + 1, into);
        }
    }

    private static Dictionary<string, string> BlockTexts(IReadOnlyList<Section> sections)
    {
        var texts = new Dictionary<string, string>();
        void Walk(IReadOnlyList<Section> list)
        {
            foreach (var section in list)
            {
                texts[section.Id] = section.Title;
                foreach (var block in section.Blocks.Where(b => b.Text is not null)) texts[block.Id] = block.Text!;
                Walk(section.Children);
            }
        }

        Walk(sections);
        return texts;
    }

    private static string StripBullet(string text) => text.TrimStart('-', '+', '*', '•', ' ');

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.TryGetProperty(outer, out var value) && value.ValueKind == JsonValueKind.Object ? Str(value, inner) : null;

    private static string Date(JsonElement date) => $"{Int(date, "year")}-{Int(date, "month")}-{Int(date, "day")}";
}
