using System.Text.Json;
using ThiDua.Extractors.Model;

namespace ThiDua.Ingest.Tests.Corpus.Scan;

/// <summary>
/// Scores for a scanned rendition, where the exact scores of <see cref="ExtractionScorer"/> count a heading with one
/// misread letter as missing: a heading is found when one with the same depth and numbering and a title within
/// <see cref="Tolerance"/> character error rate stands in the same order (longest common subsequence); a footnote is
/// found when one with the same marker has a text within the same tolerance. Rates are over the expected items.
/// </summary>
public static class OcrMatch
{
    public const double Tolerance = 0.1;

    public static ComponentScore HeadingsFound(Report actual, JsonElement expected)
    {
        var want = new List<(int Depth, string Numbering, string Title)>();
        Flatten(expected.GetProperty("sections"), 1, want);
        var got = new List<(int Depth, string Numbering, string Title)>();
        Flatten(actual.Sections, 1, got);
        bool Same((int Depth, string Numbering, string Title) a, (int Depth, string Numbering, string Title) b) =>
            a.Depth == b.Depth && a.Numbering == b.Numbering && EditDistance.CharacterErrorRate(a.Title, b.Title) <= Tolerance;

        var table = new int[want.Count + 1, got.Count + 1];
        for (var i = want.Count - 1; i >= 0; i--)
        {
            for (var j = got.Count - 1; j >= 0; j--)
            {
                table[i, j] = Same(want[i], got[j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var missing = new List<string>();
        for (int i = 0, j = 0; i < want.Count;)
        {
            if (j < got.Count && Same(want[i], got[j])) { i++; j++; }
            else if (j < got.Count && table[i, j + 1] >= table[i + 1, j]) j++;
            else missing.Add($"missing: {want[i].Depth} {want[i].Numbering} {want[i++].Title}");
        }

        return new ComponentScore("headings found", table[0, 0], want.Count, missing);
    }

    public static ComponentScore FootnotesFound(Report actual, JsonElement expected)
    {
        int found = 0, count = 0;
        var missing = new List<string>();
        foreach (var want in expected.GetProperty("footnotes").EnumerateArray())
        {
            count++;
            var marker = want.GetProperty("marker").GetString();
            var text = want.GetProperty("text").GetString() ?? "";
            var got = actual.Footnotes.FirstOrDefault(f => f.Marker == marker);
            if (got is not null && EditDistance.CharacterErrorRate(text, got.Text) <= Tolerance) found++;
            else missing.Add($"footnote {marker}: got «{got?.Text}»");
        }

        return new ComponentScore("footnotes found", found, count, missing);
    }

    private static void Flatten(JsonElement sections, int depth, List<(int, string, string)> into)
    {
        foreach (var section in sections.EnumerateArray())
        {
            var numbering = section.TryGetProperty("numbering", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            into.Add((depth, numbering, Text.Fold(section.GetProperty("title").GetString())));
            if (section.TryGetProperty("children", out var children)) Flatten(children, depth + 1, into);
        }
    }

    private static void Flatten(IReadOnlyList<Section> sections, int depth, List<(int, string, string)> into)
    {
        foreach (var section in sections)
        {
            into.Add((depth, section.Numbering ?? "", Text.Fold(section.Title)));
            Flatten(section.Children, depth + 1, into);
        }
    }
}
