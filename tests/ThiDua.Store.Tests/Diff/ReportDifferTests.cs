using ThiDua.Extractors.Model;
using ThiDua.Store.Diff;
using ThiDua.Store.Diff.Output;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Diff;

/// <summary>The diff on real corpus reports: one inserted paragraph is one change, a report against itself none, two reports many, and the JSON form follows its schema.</summary>
public sealed class ReportDifferTests
{
    private const string InsertedText = "Đây là đoạn văn được chèn thêm vào báo cáo để kiểm tra việc so sánh các phiên bản";

    /// <summary>The first corpus report, and the same Word file with one paragraph inserted after the first body paragraph.</summary>
    public static (Report Original, Report WithInsertion) OriginalAndInserted()
    {
        var original = CorpusReports.Report(CorpusReports.Docx("000.docx"));
        var anchor = FirstBodyParagraph(original);
        var folder = Path.Combine(Path.GetTempPath(), "thidua-diff-inserted");
        Directory.CreateDirectory(folder);
        var changed = Path.Combine(folder, "000-inserted.docx");
        lock (typeof(ReportDifferTests))
        {
            if (!File.Exists(changed)) DocxEditor.InsertParagraphAfter(CorpusReports.Docx("000.docx"), changed, anchor[..40], InsertedText);
        }

        return (original, CorpusReports.Report(changed));
    }

    [Fact]
    public void A_paragraph_inserted_near_the_start_is_the_only_change_although_every_later_id_shifted()
    {
        var (a, b) = OriginalAndInserted();
        var paragraphsA = AllParagraphs(a);
        var paragraphsB = AllParagraphs(b);
        Assert.Equal(paragraphsA.Count + 1, paragraphsB.Count);
        Assert.NotEqual(paragraphsA[^1].Id, paragraphsB[^1].Id);

        var diff = ReportDiffer.Compare(a, b, ReportDiffer.Side(a, "a"), ReportDiffer.Side(b, "b"));

        var change = Assert.Single(diff.Paragraphs);
        Assert.Equal(("added", InsertedText), (change.Change, change.B));
        Assert.Empty(diff.Headings);
        Assert.Empty(diff.Footnotes);
        Assert.Empty(diff.Tables);
        Assert.Empty(diff.Awards);
        Assert.Empty(diff.Figures);
        Assert.Empty(diff.Flags);
        Assert.Empty(diff.Checks);
        Assert.Empty(diff.Metadata);
        Assert.False(diff.Identical);
    }

    [Fact]
    public void A_report_against_itself_has_no_difference()
    {
        var report = CorpusReports.Report(CorpusReports.Docx("001.docx"));
        var diff = ReportDiffer.Compare(report, report, ReportDiffer.Side(report, "a"), ReportDiffer.Side(report, "b"));
        Assert.True(diff.Identical);
        Assert.Equal(0, diff.Summary.Total);
    }

    [Fact]
    public void An_edited_paragraph_is_one_change_with_its_words_and_an_edited_award_one_changed_record()
    {
        var a = CorpusReports.Report(CorpusReports.Docx("001.docx"));
        var target = AllParagraphs(a).First(p => p.Text!.Split(' ').Length > 12);
        var edited = target.Text!.Replace(target.Text!.Split(' ')[5], "THAYĐỔI", StringComparison.Ordinal);
        var b = a with
        {
            Sections = a.Sections.Select(s => Replace(s, target.Id, edited)).ToList(),
            Awards = a.Awards.Select((award, i) => i == 1 ? award with { Count = award.Count + 5 } : award).ToList(),
        };

        var diff = ReportDiffer.Compare(a, b, ReportDiffer.Side(a, "a"), ReportDiffer.Side(b, "b"));

        var paragraph = Assert.Single(diff.Paragraphs);
        Assert.Equal("changed", paragraph.Change);
        Assert.Contains(paragraph.Words!, w => w.Op == "inserted" && w.Text.Contains("THAYĐỔI", StringComparison.Ordinal));
        Assert.Equal(target.Text, string.Concat(paragraph.Words!.Where(w => w.Op != "inserted").Select(w => w.Text)));
        Assert.Equal(edited, string.Concat(paragraph.Words!.Where(w => w.Op != "deleted").Select(w => w.Text)));
        var award = Assert.Single(diff.Awards);
        Assert.Equal(("changed", 1, 1), (award.Change, award.AIndex, award.BIndex));
        Assert.Equal([new("count", a.Awards[1].Count.ToString(), (a.Awards[1].Count + 5).ToString())], award.Fields);
    }

    [Fact]
    public void The_json_form_of_two_different_reports_validates_against_the_schema_and_the_validator_rejects_a_broken_one()
    {
        var a = CorpusReports.Report(CorpusReports.Docx("000.docx"));
        var b = CorpusReports.Report(CorpusReports.Docx("001.docx"));
        var diff = ReportDiffer.Compare(a, b, ReportDiffer.Side(a, "a.json"), ReportDiffer.Side(b, "b.json"));
        Assert.True(diff.Summary.Paragraphs > 0 && diff.Summary.Headings > 0 && diff.Summary.Awards > 0 && diff.Summary.Metadata > 0);

        var json = DiffJson.Serialize(diff);
        Assert.True(DiffSchema.Errors(json).Count == 0, string.Join("\n", DiffSchema.Errors(json).Take(10)));
        Assert.NotEmpty(DiffSchema.Errors(json.Replace("\"change\": \"added\"", "\"change\": \"appeared\"", StringComparison.Ordinal)));
        Assert.NotEmpty(DiffSchema.Errors(json.Replace("\"identical\": false", "\"identical\": \"no\"", StringComparison.Ordinal)));
    }

    private static string FirstBodyParagraph(Report report) =>
        report.Sections.SelectMany(Flatten).Where(s => s.Numbering is not null).SelectMany(s => s.Blocks)
            .First(b => b.Kind == Block.ParagraphKind && b.Text!.Length > 60).Text!;

    private static List<Block> AllParagraphs(Report report) =>
        report.Sections.SelectMany(Flatten).SelectMany(s => s.Blocks).Where(b => b.Kind == Block.ParagraphKind && !string.IsNullOrWhiteSpace(b.Text)).ToList();

    private static IEnumerable<Section> Flatten(Section section) => new[] { section }.Concat(section.Children.SelectMany(Flatten));

    private static Section Replace(Section section, string blockId, string text) => section with
    {
        Blocks = section.Blocks.Select(b => b.Id == blockId ? b with { Text = text } : b).ToList(),
        Children = section.Children.Select(c => Replace(c, blockId, text)).ToList(),
    };
}
