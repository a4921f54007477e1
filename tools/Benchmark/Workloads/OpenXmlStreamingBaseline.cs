using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Benchmark.Workloads;

/// <summary>
/// The honest minimal reader: open the package with the OpenXml SDK and stream every <c>w:t</c> of the main part,
/// the footnotes and the endnotes through an <see cref="OpenXmlReader"/>, without building the element tree.
/// </summary>
public sealed class OpenXmlStreamingBaseline : IWorkload
{
    public string Name => "openxml-stream";

    public WorkItem Run(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        if (document.MainDocumentPart is not { } main) return new WorkItem(0, 0, "no_main_part");
        var characters = Count(main);
        if (main.FootnotesPart is { } footnotes) characters += Count(footnotes);
        if (main.EndnotesPart is { } endnotes) characters += Count(endnotes);
        return new WorkItem(0, characters, null);
    }

    private static long Count(OpenXmlPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        long characters = 0;
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Text)) characters += reader.GetText().Length;
        }

        return characters;
    }
}
