using DocumentFormat.OpenXml.Packaging;

namespace ThiDua.Benchmark.Workloads;

/// <summary>
/// Open the package with the OpenXml SDK, load the main part, footnotes and endnotes as element trees (as the Docx reader
/// does) and take their <c>InnerText</c>.
/// </summary>
public sealed class OpenXmlDomBaseline : IWorkload
{
    public string Name => "openxml-dom";

    public WorkItem Run(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        if (document.MainDocumentPart is not { } main) return new WorkItem(0, 0, "no_main_part");
        long characters = main.Document?.InnerText.Length ?? 0;
        characters += main.FootnotesPart?.Footnotes?.InnerText.Length ?? 0;
        characters += main.EndnotesPart?.Endnotes?.InnerText.Length ?? 0;
        return new WorkItem(0, characters, null);
    }
}
