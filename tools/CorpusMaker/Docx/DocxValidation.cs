using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CorpusMaker.Docx;

/// <summary>Validates a written package with <see cref="OpenXmlValidator"/>.</summary>
public sealed class DocxValidation
{
    private const int MaxReported = 20;

    public IReadOnlyList<string> Validate(string path)
    {
        using var package = WordprocessingDocument.Open(path, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2016);
        return validator.Validate(package)
            .Take(MaxReported)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();
    }
}
