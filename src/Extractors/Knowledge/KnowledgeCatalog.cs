namespace ThiDua.Extractors.Knowledge;

/// <summary>Every knowledge file, loaded once on first use and shared by all stages and checks.</summary>
public static class KnowledgeCatalog
{
    private static readonly Lazy<KnowledgeFile> DocumentTypesFile = new(() => KnowledgeFile.Load("document-types.tsv"));

    /// <summary>Type-line words → document type code (<c>document-types.tsv</c>).</summary>
    public static KnowledgeFile DocumentTypes => DocumentTypesFile.Value;
}
