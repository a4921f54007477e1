using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Docx;

namespace ThiDua.Extractors.Readers.Office;

/// <summary>Reads a format LibreOffice converts to .docx (legacy .doc, RTF, ODT) through the .docx reader.</summary>
public sealed class ConvertedWordReader(string format, IWordConverter converter, DocxReader docx) : IDocumentReader
{
    private readonly PackageGuard _guard = new();

    public string Format { get; } = format;

    public string Extractor => "LibreOffice headless → " + docx.Extractor;

    public LayoutDocument Read(string path, CancellationToken cancellationToken)
    {
        // an OpenDocument file is a zip package too: refuse bombs and entity tricks before LibreOffice expands them
        if (Format == "odt") _guard.Check(path, cancellationToken);
        if (Format == "doc" && OfficeEncryption.IsEncrypted(path)) throw OfficeErrors.Encrypted();
        var work = Directory.CreateTempSubdirectory("thidua-convert-");
        try
        {
            var converted = converter.ConvertToDocx(path, Format, work.FullName, cancellationToken);
            return docx.Read(converted, cancellationToken);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // a leftover temp folder is harmless; the OS cleans it
            }
        }
    }
}
