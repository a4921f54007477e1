using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Reads the award records of one sentence. Each count that says what it counts becomes a record; its award is the one named right after it
/// (<c>18 lao động tiên tiến</c>, <c>01 tập thể ... được UBND tỉnh tặng Bằng khen</c>), else the nearest named before it in the clause, else a generic
/// <c>khen thưởng</c>/<c>danh hiệu thi đua</c> of the clause, else the previous clause's. Clauses stating targets give nothing.
/// </summary>
public sealed class SentenceAwardReader(AwardCatalog catalog, GrantorParser grantors, CountPhraseParser counts, AwardResolver resolver)
{
    public IReadOnlyList<Award> Read(string sentence, TextContext context)
    {
        // Every record stands on a written count (CountPhraseParser), and folding adds no digit.
        if (!Digits.AnyIn(sentence)) return [];
        var clauses = ClauseSplitter.Clauses(AwardText.Fold(sentence));
        var records = new List<Award>();
        var state = new ClauseState(null, null, Vocabulary.Statuses.Awarded, null);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (ClauseCues.IsTarget(clause))
            {
                state = new ClauseState(null, null, Vocabulary.Statuses.Awarded, null);
                continue;
            }

            var confirmed = clauses.Skip(i + 1).Any(ClauseCues.IsConfirmation);
            state = ReadClause(clause, sentence, context, state, confirmed, records);
        }

        return records;
    }

    private ClauseState ReadClause(string clause, string sentence, TextContext context, ClauseState previous, bool confirmed, List<Award> records)
    {
        var mentions = catalog.FindMentions(clause);
        var found = grantors.FindAll(clause, context.IssuerLevel);
        var phrases = counts.Find(clause, mentions);
        var ownWords = mentions.Count > 0 || found.Count > 0;
        var status = ClauseCues.IsProposal(clause) ? Vocabulary.Statuses.Proposed : ownWords ? Vocabulary.Statuses.Awarded : previous.Status;
        if (status == Vocabulary.Statuses.Proposed && confirmed) status = Vocabulary.Statuses.Awarded;
        var basis = ClauseCues.Basis(clause) ?? (mentions.Count == 0 ? previous.Basis : null);
        var lastMention = mentions.LastOrDefault(m => !m.IsGeneric) ?? mentions.LastOrDefault() ?? previous.Mention;
        var lastGrantor = found.LastOrDefault() ?? (mentions.Count == 0 ? previous.Grantor : null);

        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            var tailEnd = p + 1 < phrases.Count ? phrases[p + 1].Start : clause.Length;
            var mention = ChooseMention(phrase, mentions, tailEnd) ?? previous.Mention;
            if (mention is null) continue;
            var grantor = GrantorParser.NearestTo(found, phrase.Start) ?? (ownWords ? null : previous.Grantor);
            var recipient = phrase.Recipient ?? (mention.Code is null ? null : catalog.Find(mention.Code)?.SingleRecipient);
            if (recipient is null) continue;
            var (code, level) = resolver.Resolve(mention, recipient, grantor, context.ContextLevel, context.IssuerLevel);
            if (IsSubsetOfEarlier(clause, phrase, code, recipient, records, sentence)) continue;
            records.Add(new Award(code, catalog.Find(code)?.DisplayName, level, grantor?.Name, recipient, phrase.Count, basis, status, null,
                new SourceRef("text", context.BlockId, null, null, null, sentence)));
            lastMention = mention;
            lastGrantor = grantor ?? lastGrantor;
        }

        return new ClauseState(lastMention, lastGrantor, status, basis);
    }

    /// <summary>A count after <c>trong đó</c> of an award already counted in the sentence is a part of that count, not a record (<c>307 hộ GĐVH, trong đó 88 hộ GĐVH 3 năm liên tục</c>).</summary>
    private static bool IsSubsetOfEarlier(string clause, CountPhrase phrase, string code, string recipient, List<Award> records, string sentence)
    {
        var marker = AwardText.IndexOfWords(clause, AwardVocabulary.SubsetMarker, 0);
        return marker >= 0 && marker < phrase.Start
            && records.Any(r => r.Source.Quote == sentence && r.Code == code && r.Recipient == recipient && r.Count >= phrase.Count);
    }

    private static AwardMention? ChooseMention(CountPhrase phrase, IReadOnlyList<AwardMention> mentions, int tailEnd)
    {
        if (phrase.AwardCode is not null) return mentions.First(m => m.Code == phrase.AwardCode && m.End == phrase.End);
        return mentions.Where(m => !m.IsGeneric && m.Start >= phrase.Start && m.End <= tailEnd).OrderByDescending(m => m.Length).FirstOrDefault()
            ?? mentions.LastOrDefault(m => !m.IsGeneric && m.End <= phrase.Start)
            ?? mentions.LastOrDefault(m => m.End <= phrase.Start)
            ?? mentions.FirstOrDefault(m => m.Start >= phrase.Start);
    }
}
