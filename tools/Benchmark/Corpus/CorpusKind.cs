namespace ThiDua.Benchmark.Corpus;

public enum CorpusKind
{
    Docx,
    Pdf,
}
