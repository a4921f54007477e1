using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers;

/// <summary>One input format to a LayoutDocument. A reader knows its format and nothing about Vietnamese reports.</summary>
public interface IDocumentReader
{
    /// <summary>The format code written to source.format (<c>docx</c>, <c>doc</c>, <c>pdf</c>, <c>pdf-ocr</c>).</summary>
    string Format { get; }

    /// <summary>Name and version of the engine, written to source.extractor.</summary>
    string Extractor { get; }

    /// <summary>Reads the file. Throws <see cref="ReaderException"/> with a code for files it cannot read.</summary>
    LayoutDocument Read(string path, CancellationToken cancellationToken);
}
