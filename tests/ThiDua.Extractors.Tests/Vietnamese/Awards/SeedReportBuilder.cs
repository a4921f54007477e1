using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>
/// A rough <see cref="Report"/> from a seed text rendition, for measuring the award extractor before the docx pipeline lands: lines that look like
/// headings open sections, other lines are paragraphs (footnote bodies stay inline), runs of tab-separated lines are tables whose page
/// continuations (the same header again after a blank line) are joined with the repeated header dropped. No spans: every cell is 1×1, no values.
/// </summary>
public static partial class SeedReportBuilder
{
    public static Report FromSeed(string report, string issuer)
    {
        var file = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "seeds"), report + "_*.txt").Single();
        return FromLines(File.ReadAllLines(file), issuer);
    }

    public static Report FromLines(IReadOnlyList<string> lines, string issuer)
    {
        var sections = new List<Section>();
        var blocks = new List<Block>();
        var tables = new List<Table>();
        var title = "";
        List<string[]>? run = null;
        var onlyBlanksSinceTable = false;

        void CloseSection()
        {
            if (blocks.Count > 0 || title.Length > 0) sections.Add(new Section("s" + sections.Count, null, title, 1, [], blocks.ToList()));
            blocks.Clear();
        }

        void CloseRun()
        {
            if (run is null) return;
            var previous = tables.Count > 0 ? tables[^1] : null;
            if (previous is not null && onlyBlanksSinceTable && run[0].SequenceEqual(previous.Rows[0].Select(c => c.Text)))
            {
                var rows = previous.Rows.Concat(run.Skip(previous.HeaderRows).Select(ToRow)).ToList();
                tables[^1] = previous with { Rows = rows };
            }
            else
            {
                var table = new Table("t" + tables.Count, null, null, HeaderRows(run), run.Select(ToRow).ToList());
                tables.Add(table);
                blocks.Add(Block.TableRef("b" + sections.Count + "_" + blocks.Count, table.Id));
            }

            run = null;
            onlyBlanksSinceTable = true;
        }

        foreach (var raw in lines)
        {
            if (raw.Contains('\t'))
            {
                (run ??= []).Add(raw.Split('\t').Select(c => c.Trim()).ToArray());
                continue;
            }

            var line = raw.Trim();
            CloseRun();
            if (line.Length == 0) continue;
            onlyBlanksSinceTable = false;
            if (line.Length < 200 && Heading().IsMatch(line))
            {
                CloseSection();
                title = line;
                continue;
            }

            blocks.Add(Block.Paragraph("b" + sections.Count + "_" + blocks.Count, line, []));
        }

        CloseRun();
        CloseSection();
        var meta = new DocumentMeta(null, null, null, null, null, PartialDate.Unknown, null, issuer, null, []);
        return new Report(Report.CurrentSchemaVersion, new SourceInfo("seed", "", "txt", null, "test", []), meta, sections, [], tables, [], [], []);
    }

    private static List<Cell> ToRow(string[] cells) => cells.Select(c => new Cell(c, 1, 1, null)).ToList();

    private static int HeaderRows(List<string[]> run)
    {
        var index = run.FindIndex(r => r.Length > 0 && RowLabel().IsMatch(r[0]));
        return index > 0 ? index : 1;
    }

    [GeneratedRegex(@"^(?:\*\*)?(?:Phần\b|PHẦN\b|[IVX]+\s*[.\-–]|\d+(?:\.\d+)*\.\s|[a-zđ]\)\s)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[IVX]+|\d+)\.?$")]
    private static partial Regex RowLabel();
}
