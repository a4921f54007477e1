using System.Globalization;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>
/// Azure Document Intelligence as the OCR engine: a PDF is sent once with the pages to read, an image as it is; the
/// result's words become positioned text (<see cref="AzureLayoutResultReader"/>). Service failures end the file as
/// <c>conversion_failed</c> (or <c>timeout</c>) with the service's answer, never the key.
/// </summary>
public sealed class AzureLayoutEngine(AzureLayoutSettings settings) : IOcrEngine
{
    private readonly AzureLayoutClient _client = new(settings);

    public string Name => "azure-document-intelligence prebuilt-layout " + settings.ApiVersion;

    public string? Unavailability => null;

    public IReadOnlyList<PdfPageText> ReadPdfPages(string path, IReadOnlyList<PdfPageText> pageSizes, CancellationToken cancellationToken)
    {
        var wanted = pageSizes.Select(p => p.Number).ToHashSet();
        var list = string.Join(",", wanted.Order().Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return Analyze(path, list, cancellationToken).Where(p => wanted.Contains(p.Number)).ToList();
    }

    public IReadOnlyList<PdfPageText> ReadImage(string path, CancellationToken cancellationToken) => Analyze(path, null, cancellationToken);

    private List<PdfPageText> Analyze(string path, string? pages, CancellationToken cancellationToken)
    {
        try
        {
            using var result = _client.Analyze(File.ReadAllBytes(path), pages, cancellationToken);
            return AzureLayoutResultReader.Read(result.RootElement);
        }
        catch (AzureLayoutException e) when (e.ErrorCode == "Timeout")
        {
            throw new ReaderException(ReaderErrorCodes.Timeout, "Dịch vụ Azure Document Intelligence không trả lời kịp / " + e.Message, e);
        }
        catch (AzureLayoutException e)
        {
            throw OcrErrors.Failed(e.Message, e);
        }
    }
}
