namespace ThiDua.Extractors.Knowledge;

/// <summary>Every knowledge file, loaded once on first use and shared by all stages and checks.</summary>
public static class KnowledgeCatalog
{
    private static readonly Lazy<KnowledgeFile> DocumentTypesFile = new(() => KnowledgeFile.Load("document-types.tsv"));

    private static readonly Lazy<KnowledgeFile> CheckWordsFile = new(() => KnowledgeFile.Load("check-words.tsv"));

    /// <summary>The words the consistency checks read claims by: breakdown markers, exclusions, range words, unit families (<c>check-words.tsv</c>).</summary>
    public static KnowledgeFile CheckWords => CheckWordsFile.Value;

    /// <summary>Type-line words → document type code (<c>document-types.tsv</c>).</summary>
    public static KnowledgeFile DocumentTypes => DocumentTypesFile.Value;
}
