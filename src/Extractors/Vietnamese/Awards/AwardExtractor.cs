using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// The award records of a report (spec/CANONICAL-MODEL.md, Awards): from the prose (paragraphs and footnotes) and from every table recognised
/// as an award ledger (by content, <see cref="AwardLedgerReader"/>), prose first, each in document order. Rules: Vietnamese/Awards/README.md.
/// </summary>
public sealed class AwardExtractor(TextAwardExtractor text, LedgerTableExtractor tables)
{
    public static AwardExtractor CreateDefault()
    {
        var catalog = KnowledgeCatalog.Awards;
        var grantors = new GrantorParser();
        var counts = new CountPhraseParser(catalog);
        var resolver = new AwardResolver(catalog);
        var sentences = new SentenceAwardReader(catalog, grantors, counts, resolver);
        return new AwardExtractor(new TextAwardExtractor(sentences), new LedgerTableExtractor(catalog, new AwardLedgerReader(catalog, grantors), counts, resolver));
    }

    public IReadOnlyList<Award> Extract(Report report) => Extract(report, new ReportText(report));

    /// <summary>The award records of a report whose tables another stage may already have laid out (their grids are reused).</summary>
    public IReadOnlyList<Award> Extract(Report report, ReportText reading)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reading);
        var records = new List<Award>(text.Extract(report));
        foreach (var table in report.Tables)
        {
            records.AddRange(tables.Extract(reading.GridOf(table)));
        }

        return records;
    }
}
