using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Award records of the prose: every paragraph block and every footnote, sentence by sentence. A section titled, or a paragraph opening with,
/// <c>Khen thưởng cấp huyện</c> gives the level of what follows in that section (until the next such paragraph).
/// Footnote records cite the footnote id as their block.
/// </summary>
public sealed class TextAwardExtractor(SentenceAwardReader reader)
{
    public IReadOnlyList<Award> Extract(Report report)
    {
        var issuerLevel = report.Document.Issuer is { } issuer ? GrantorParser.FirstLevelIn(AwardText.Fold(issuer)) : null;
        var records = new List<Award>();
        foreach (var section in report.Sections)
        {
            ReadSection(section, null, issuerLevel, records);
        }

        foreach (var footnote in report.Footnotes)
        {
            ReadText(footnote.Text, new TextContext(footnote.Id, null, issuerLevel), records);
        }

        return records;
    }

    private void ReadSection(Section section, string? inheritedLevel, string? issuerLevel, List<Award> records)
    {
        var sectionLevel = ClauseCues.HeadingLevelOfText(section.Title) ?? inheritedLevel;
        var level = sectionLevel;
        foreach (var block in section.Blocks)
        {
            if (block.Kind != Block.ParagraphKind || block.Text is null) continue;
            level = ClauseCues.HeadingLevelOfText(block.Text) ?? level;
            ReadText(block.Text, new TextContext(block.Id, level, issuerLevel), records);
        }

        foreach (var child in section.Children)
        {
            ReadSection(child, sectionLevel, issuerLevel, records);
        }
    }

    private void ReadText(string text, TextContext context, List<Award> records)
    {
        foreach (var sentence in ClauseSplitter.Sentences(text))
        {
            records.AddRange(reader.Read(sentence, context));
        }
    }
}
