using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// All the wording knowledge of the award extractor, read from <c>Knowledge/award-words.tsv</c> and <c>Knowledge/place-words.tsv</c> (the file
/// says what each list is). Every entry is written in folded form (lower case, NFC, tone marks placed as in <c>hóa</c>/<c>ủy</c>), see
/// <see cref="AwardText.Fold"/>. Codes the rules name are constants (<see cref="Codes"/>).
/// </summary>
public static class AwardVocabulary
{
    private static readonly KnowledgeFile Words = KnowledgeCatalog.AwardWords;

    /// <summary>Spellings rewritten to one canonical spelling before matching, applied in this order, on whole words.</summary>
    public static IReadOnlyList<(string From, string To)> Canonical { get; } = Pairs("canonical");

    /// <summary>Names that awards.tsv does not list but reports write, with their code.</summary>
    public static IReadOnlyList<(string Name, string Code)> ExtraNames { get; } = Pairs("extra_name");

    /// <summary>Words in the spec's names column that mark an English description rather than a name.</summary>
    public static IReadOnlySet<string> DescriptionWords { get; } = List("description_word").ToHashSet(StringComparer.Ordinal);

    /// <summary>Generic mentions: the form depends on the grantor (<c>khen thưởng</c>) or on the recipient (<c>danh hiệu thi đua</c>); see <see cref="GenericKinds"/>.</summary>
    public static IReadOnlyList<(string Phrase, string Kind)> GenericPhrases { get; } = Pairs("generic");

    /// <summary>Words before <c>khen thưởng</c> that make it the name of the field (<c>công tác thi đua khen thưởng</c>), not an act of commending.</summary>
    public static IReadOnlyList<string> FieldNamePrefixes { get; } = List("field_prefix");

    /// <summary>Nouns that say what a count counts.</summary>
    public static IReadOnlyList<(string Noun, string Recipient)> RecipientNouns { get; } = Pairs("recipient_noun");

    /// <summary>Basis words (<c>Khen chuyên đề</c>, and the typo <c>Khen thưởng xuyên</c> of the standard table).</summary>
    public static IReadOnlyList<(string Word, string Basis)> BasisWords { get; } = Pairs("basis");

    /// <summary>Words that make a clause a proposal (status <c>proposed</c>).</summary>
    public static IReadOnlyList<string> ProposalCues { get; } = List("proposal");

    /// <summary>Words before <c>trình</c> that make it part of another word (<c>chương trình</c>, <c>quy trình</c>).</summary>
    public static IReadOnlyList<string> NotProposalBefore { get; } = List("not_proposal_before");

    /// <summary>Words after <c>trình</c> that make it part of another word (<c>trình độ</c>, <c>trình bày</c>).</summary>
    public static IReadOnlyList<string> NotProposalAfter { get; } = List("not_proposal_after");

    /// <summary>Words after a proposal in the same sentence that say it was granted (<c>đã có quyết định công nhận</c>).</summary>
    public static IReadOnlyList<string> ConfirmationCues { get; } = List("confirmation");

    /// <summary>Words of targets and plans, not results: a clause holding one gives no record.</summary>
    public static IReadOnlyList<string> TargetCues { get; } = List("target");

    /// <summary>The words that open a part of a count just given (<c>307 hộ ..., trong đó 88 hộ ...</c>).</summary>
    public static string SubsetMarker { get; } = List("subset")[0];

    /// <summary>The words that open a level heading (<c>Khen thưởng cấp huyện:</c>).</summary>
    public static string LevelRow { get; } = List("level_row")[0];

    /// <summary>Verbs that open a new clause after a comma (<c>..., xét tặng giấy khen ...</c>).</summary>
    public static IReadOnlyList<string> ClauseVerbs { get; } = List("clause_verb");

    /// <summary>Level words (place words) after a body or in <c>Khen thưởng cấp ...</c> (<c>Knowledge/place-words.tsv</c>).</summary>
    public static IReadOnlyList<(string Word, string Level)> LevelWords { get; } =
        KnowledgeCatalog.PlaceWords.Rows.Select(r => (KnowledgeCatalog.PlaceWords.Field(r, "words"), KnowledgeCatalog.PlaceWords.Field(r, "level"))).ToList();

    /// <summary>The levels from the bottom up, for <c>cấp trên</c> (the level above the issuer).</summary>
    public static IReadOnlyList<string> LevelsBottomUp { get; } =
        [Vocabulary.Levels.Xa, Vocabulary.Levels.Huyen, Vocabulary.Levels.Tinh, Vocabulary.Levels.NhaNuoc];

    /// <summary>Granting bodies that take a level word after them: folded form, display form, state body or not.</summary>
    public static IReadOnlyList<(string Body, string Display, bool State)> LeveledBodies { get; } =
        Words.RowsOf("leveled_body").Select(r => (Words.Field(r, "words"), Words.Field(r, "display"), IsState(r))).ToList();

    /// <summary>Granting bodies whose name carries their level.</summary>
    public static IReadOnlyList<(string Body, string Display, string Level, bool State)> FixedBodies { get; } =
        Words.RowsOf("fixed_body").Select(r => (Words.Field(r, "words"), Words.Field(r, "display"), Words.Field(r, "value"), IsState(r))).ToList();

    /// <summary>The grantor written in the appendix table when the row does not name one, by level.</summary>
    public static IReadOnlyDictionary<string, string> DefaultTableGrantors { get; } =
        Words.RowsOf("table_grantor").ToDictionary(r => Words.Field(r, "words"), r => Words.Field(r, "display"), StringComparer.Ordinal);

    /// <summary>The title a generic <c>danh hiệu thi đua</c> stands for at district and commune level, by recipient.</summary>
    public static IReadOnlyDictionary<string, string> DefaultLocalTitles { get; } = Pairs("local_title").ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>The Cờ thi đua a generic <c>cờ thi đua</c> is, by the grantor's level.</summary>
    public static IReadOnlyDictionary<string, string> FlagsByLevel { get; } = Pairs("flag_by_level").ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>The grantor (display form of <c>thủ tướng chính phủ</c> in <c>fixed_body</c>) whose Bằng khen is bang_khen_thu_tuong.</summary>
    public const string PrimeMinister = "Thủ tướng Chính phủ";

    /// <summary>The awards.tsv codes the rules name.</summary>
    public static class Codes
    {
        public const string Other = "khen_thuong_khac";
        public const string GiayKhen = "giay_khen";
        public const string BangKhen = "bang_khen";
        public const string BangKhenThuTuong = "bang_khen_thu_tuong";
    }

    private static List<string> List(string list) => Words.RowsOf(list).Select(r => Words.Field(r, "words")).ToList();

    private static List<(string, string)> Pairs(string list) => Words.RowsOf(list).Select(r => (Words.Field(r, "words"), Words.Field(r, "value"))).ToList();

    private static bool IsState(IReadOnlyList<string> row) => Words.Field(row, "state") == "yes";
}
