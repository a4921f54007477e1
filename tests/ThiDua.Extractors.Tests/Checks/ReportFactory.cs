using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>Builds small canonical Reports in code: paragraphs in one section, footnotes citing blocks, tables, awards.</summary>
public sealed class ReportFactory
{
    private readonly List<Block> _blocks = [];
    private readonly List<Footnote> _footnotes = [];
    private readonly List<Table> _tables = [];
    private readonly List<Award> _awards = [];

    public string SectionNumbering { get; init; } = "2.4.";

    public ReportFactory Paragraph(string text, params string[] footnoteIds)
    {
        _blocks.Add(Block.Paragraph("b" + (_blocks.Count + 1), text, footnoteIds));
        return this;
    }

    /// <summary>Adds a footnote cited by the last paragraph added.</summary>
    public ReportFactory Footnote(string text)
    {
        var id = "fn" + (_footnotes.Count + 1);
        var citing = _blocks[^1];
        _blocks[^1] = citing with { FootnoteRefs = [.. citing.FootnoteRefs ?? [], id] };
        _footnotes.Add(new Footnote(id, (_footnotes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), text, [citing.Id]));
        return this;
    }

    public ReportFactory Table(Table table)
    {
        _tables.Add(table);
        _blocks.Add(Block.TableRef("b" + (_blocks.Count + 1), table.Id));
        return this;
    }

    public ReportFactory Award(Award award)
    {
        _awards.Add(award);
        return this;
    }

    public string LastBlockId => _blocks[^1].Id;

    public Report Build() => new(
        Report.CurrentSchemaVersion,
        new SourceInfo("test.docx", "0", "docx", null, "test", []),
        new DocumentMeta(null, null, null, null, null, PartialDate.Unknown, null, null, null, []),
        [new Section("s1", "Phần thứ nhất", "KẾT QUẢ", 1, [new Section("s2", SectionNumbering, "Thu, chi ngân sách", 2, [], _blocks.ToList())], [])],
        _footnotes.ToList(),
        _tables.ToList(),
        _awards.ToList(),
        [],
        []);
}
