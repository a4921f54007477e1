using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>The report as the checks see it: its prose and tables in reading order (<see cref="ReportText"/>), its award records and footnote links.</summary>
public sealed class CheckContext
{
    private readonly ReportText _text;

    public CheckContext(Report report)
        : this(report, new ReportText(report))
    {
    }

    public CheckContext(Report report, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        Report = report;
        _text = text;
        FootnoteRefs = report.Footnotes.ToDictionary(f => f.Id, f => f.Refs, StringComparer.Ordinal);
    }

    public Report Report { get; }

    public IReadOnlyList<TextUnit> Paragraphs => _text.Paragraphs;

    public IReadOnlyList<TextUnit> Footnotes => _text.Footnotes;

    /// <summary>The first paragraph of each block id (<see cref="ReportText.ParagraphsByBlock"/>).</summary>
    public IReadOnlyDictionary<string, TextUnit> ParagraphsByBlock => _text.ParagraphsByBlock;

    public IEnumerable<TextUnit> AllText => _text.AllText;

    public IReadOnlyList<(Table Table, string SectionPath)> Tables => _text.Tables;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> FootnoteRefs { get; }

    public IReadOnlyList<Sentence> SentencesOf(TextUnit unit) => _text.SentencesOf(unit);

    public IEnumerable<Sentence> AllSentences => _text.AllSentences;

    public TableGrid GridOf(Table table) => _text.GridOf(table);
}
