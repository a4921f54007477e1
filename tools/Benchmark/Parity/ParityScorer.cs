using ThiDua.Extractors.Model;
using ThiDua.Ingest.Tests.Corpus;

namespace ThiDua.Benchmark.Parity;

/// <summary>
/// Agreement of a PDF rendition's extraction with its DOCX original's, per component: the corpus tests' scorer
/// (metadata, headings, footnotes, footnote links, table cells) plus paragraphs (longest common subsequence of the
/// paragraph texts in reading order), awards and flags (records in common over the larger count).
/// </summary>
public static class ParityScorer
{
    public static IReadOnlyList<ComponentScore> Score(Report pdf, Report docx)
    {
        using var expected = DocxExpectation.From(docx);
        var scores = ExtractionScorer.Score(pdf, expected.RootElement).ToList();
        scores.Insert(2, Paragraphs(pdf, docx));
        scores.Add(Records("awards", AwardKeys(pdf), AwardKeys(docx)));
        scores.Add(Records("flags", FlagKeys(pdf), FlagKeys(docx)));
        return scores;
    }

    private static ComponentScore Paragraphs(Report pdf, Report docx)
    {
        var got = ParagraphTexts(pdf.Sections);
        var want = ParagraphTexts(docx.Sections);
        return new ComponentScore("paragraphs", Lcs.Length(want, got), Math.Max(want.Count, got.Count), Lcs.Differences(want, got).Take(12).ToList());
    }

    private static List<string> ParagraphTexts(IReadOnlyList<Section> sections) =>
        sections.SelectMany(s => s.Blocks.Where(b => b.Kind == "paragraph" && b.Text is not null).Select(b => Text.Fold(b.Text)).Concat(ParagraphTexts(s.Children))).ToList();

    private static ComponentScore Records(string name, List<string> got, List<string> want)
    {
        var left = want.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var matched = 0;
        var extra = new List<string>();
        foreach (var key in got)
        {
            if (left.TryGetValue(key, out var n) && n > 0)
            {
                left[key] = n - 1;
                matched++;
            }
            else
            {
                extra.Add("extra: " + key);
            }
        }

        var missing = left.Where(kv => kv.Value > 0).Select(kv => "missing: " + kv.Key);
        return new ComponentScore(name, matched, Math.Max(got.Count, want.Count), extra.Concat(missing).Take(12).ToList());
    }

    private static List<string> AwardKeys(Report report) =>
        report.Awards.Select(a => $"{a.Code} {a.Level} {a.Grantor} {a.Recipient} {a.Count} {a.Basis} {a.Status} {a.DirectWorkers}").ToList();

    private static List<string> FlagKeys(Report report) =>
        report.Flags.Select(f => $"{f.Kind} {f.Stated?.Number}{f.Stated?.Text} {f.Computed} {f.Expression}").ToList();
}
