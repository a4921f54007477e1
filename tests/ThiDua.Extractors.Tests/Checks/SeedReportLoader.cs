using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>
/// A rough stand-in for the docx pipeline, for measuring the checker on the seed renditions until the real Report lands:
/// one paragraph per non-empty line, footnote bodies recognised by their leading marker (continuation lines stay paragraphs),
/// markers removed from the text and recorded as citations, Markdown and TeX removed, commendation tables rebuilt with their header.
/// </summary>
public static partial class SeedReportLoader
{
    public static Report Load(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var paragraphs = new List<(string Text, List<string> Markers)>();
        var footnotes = new List<(string Marker, string Text)>();
        var tables = new List<(int AfterParagraph, Table Table)>();
        List<string>? awardRows = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                if (line.StartsWith("TT\tDanh hiệu", StringComparison.Ordinal))
                {
                    if (awardRows is null)
                    {
                        awardRows = [];
                        tables.Add((paragraphs.Count, AwardTables.Build("t" + (tables.Count + 1), awardRows)));
                    }

                    i += 2;
                    continue;
                }

                if (awardRows is not null && !line.StartsWith("TT\t", StringComparison.Ordinal) && !line.StartsWith("\t\t", StringComparison.Ordinal)) awardRows.Add(line);
                continue;
            }

            if (awardRows is not null)
            {
                var index = tables.Count - 1;
                tables[index] = (tables[index].AfterParagraph, AwardTables.Build(tables[index].Table.Id, awardRows));
                awardRows = null;
            }

            if (line.Trim().Length == 0) continue;
            var note = FootnoteStart().Match(line);
            if (note.Success)
            {
                var marker = note.Groups["a"].Success ? note.Groups["a"].Value : note.Groups["b"].Success ? FromSuperscript(note.Groups["b"].Value) : note.Groups["c"].Value;
                footnotes.Add((marker, line[note.Length..].Trim()));
                continue;
            }

            var markers = new List<string>();
            var text = Marker().Replace(line, m =>
            {
                markers.Add(m.Groups["a"].Success ? m.Groups["a"].Value : FromSuperscript(m.Groups["b"].Value));
                return string.Empty;
            });
            paragraphs.Add((text.Trim(), markers));
        }

        if (awardRows is not null)
        {
            var index = tables.Count - 1;
            tables[index] = (tables[index].AfterParagraph, AwardTables.Build(tables[index].Table.Id, awardRows));
        }

        var footnoteIds = footnotes.Select((f, k) => (f.Marker, Id: "fn" + (k + 1).ToString(CultureInfo.InvariantCulture))).GroupBy(f => f.Marker).ToDictionary(g => g.Key, g => g.First().Id);
        var blocks = new List<Block>();
        var refs = new Dictionary<string, List<string>>();
        for (var p = 0; p <= paragraphs.Count; p++)
        {
            foreach (var table in tables.Where(t => t.AfterParagraph == p)) blocks.Add(Block.TableRef("b" + (blocks.Count + 1).ToString(CultureInfo.InvariantCulture), table.Table.Id));
            if (p == paragraphs.Count) break;
            var id = "b" + (blocks.Count + 1).ToString(CultureInfo.InvariantCulture);
            var cited = paragraphs[p].Markers.Where(footnoteIds.ContainsKey).Select(m => footnoteIds[m]).Distinct().ToList();
            foreach (var fid in cited)
            {
                if (!refs.TryGetValue(fid, out var list)) refs[fid] = list = [];
                list.Add(id);
            }

            blocks.Add(Block.Paragraph(id, paragraphs[p].Text, cited));
        }

        var notes = footnotes.Select((f, k) => "fn" + (k + 1).ToString(CultureInfo.InvariantCulture)).Zip(footnotes, (id, f) => new Footnote(id, f.Marker, f.Text, refs.GetValueOrDefault(id) ?? [])).ToList();
        return new Report(
            Report.CurrentSchemaVersion,
            new SourceInfo(Path.GetFileName(path), "0", "txt", null, "seed-loader", []),
            new DocumentMeta(null, null, null, null, null, PartialDate.Unknown, null, null, null, []),
            [new Section("s1", null, string.Empty, 1, [], blocks)],
            notes,
            tables.Select(t => t.Table).ToList(),
            [],
            [],
            []);
    }

    private static string Clean(string line) =>
        line.Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("<i>", string.Empty, StringComparison.Ordinal)
            .Replace("</i>", string.Empty, StringComparison.Ordinal)
            .Replace("\\%", "%", StringComparison.Ordinal)
            .Replace("$", string.Empty, StringComparison.Ordinal)
            .Replace("*(", "(", StringComparison.Ordinal)
            .Replace(")*", ")", StringComparison.Ordinal)
            .Replace("(*", "(", StringComparison.Ordinal)
            .Replace("*)", ")", StringComparison.Ordinal);

    private static string FromSuperscript(string text) =>
        new(text.Select(c => c switch { '¹' => '1', '²' => '2', '³' => '3', _ => (char)('0' + (c - '⁰')) }).ToArray());

    [GeneratedRegex(@"^(?:⁽(?<a>\d+)⁾|⁽?(?<b>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)⁾?|(?<c>\d{1,2})- )")]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"(?<!m)(?:⁽(?<a>\d+)⁾|⁽?(?<b>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)⁾?)")]
    private static partial Regex Marker();
}
