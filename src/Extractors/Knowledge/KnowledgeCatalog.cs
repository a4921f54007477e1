using ThiDua.Extractors.Vietnamese.Awards;

namespace ThiDua.Extractors.Knowledge;

/// <summary>Every knowledge file, loaded once on first use and shared by all stages and checks.</summary>
public static class KnowledgeCatalog
{
    private static readonly Lazy<AwardCatalog> AwardCatalogValue = new(AwardCatalog.LoadEmbedded);

    /// <summary>The award catalog (spec/awards.tsv, embedded as <c>awards.tsv</c>), parsed once: the award stage and the checks share it.</summary>
    public static AwardCatalog Awards => AwardCatalogValue.Value;

    private static readonly Lazy<KnowledgeFile> AwardWordsFile = new(() => KnowledgeFile.Load("award-words.tsv"));
    private static readonly Lazy<KnowledgeFile> PlaceWordsFile = new(() => KnowledgeFile.Load("place-words.tsv"));

    /// <summary>The wording knowledge of the award extractor (<c>award-words.tsv</c>): spellings, names, cues, granting bodies.</summary>
    public static KnowledgeFile AwardWords => AwardWordsFile.Value;

    /// <summary>Words of administrative units and their award level (<c>place-words.tsv</c>).</summary>
    public static KnowledgeFile PlaceWords => PlaceWordsFile.Value;

    private static readonly Lazy<KnowledgeFile> DocumentTypesFile = new(() => KnowledgeFile.Load("document-types.tsv"));

    private static readonly Lazy<KnowledgeFile> AwardLedgerWordsFile = new(() => KnowledgeFile.Load("award-ledger-words.tsv"));

    /// <summary>Header words, column meanings and total-row words of award ledger tables (<c>award-ledger-words.tsv</c>).</summary>
    public static KnowledgeFile AwardLedgerWords => AwardLedgerWordsFile.Value;

    private static readonly Lazy<KnowledgeFile> CheckWordsFile = new(() => KnowledgeFile.Load("check-words.tsv"));

    /// <summary>The words the consistency checks read claims by: breakdown markers, exclusions, range words, unit families (<c>check-words.tsv</c>).</summary>
    public static KnowledgeFile CheckWords => CheckWordsFile.Value;

    /// <summary>Type-line words → document type code (<c>document-types.tsv</c>).</summary>
    public static KnowledgeFile DocumentTypes => DocumentTypesFile.Value;
}
