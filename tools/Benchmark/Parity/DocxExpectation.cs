using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Benchmark.Parity;

/// <summary>
/// The extraction of a DOCX original in the shape of a hand-written expectation (corpus/EXPECTED.md), so that the corpus
/// tests' <c>ExtractionScorer</c> scores a PDF rendition against it: the report's JSON, each footnote given the text of
/// the first block that cites it as <c>citedBy</c>.
/// </summary>
public static class DocxExpectation
{
    public static JsonDocument From(Report docx)
    {
        var root = JsonNode.Parse(ReportJson.Serialize(docx))!.AsObject();
        var texts = BlockTexts(docx.Sections);
        foreach (var (node, footnote) in root["footnotes"]!.AsArray().Zip(docx.Footnotes))
        {
            node!["citedBy"] = footnote.Refs.Select(id => texts.GetValueOrDefault(id)).FirstOrDefault(t => t is not null) ?? "";
        }

        return JsonDocument.Parse(root.ToJsonString());
    }

    private static Dictionary<string, string> BlockTexts(IReadOnlyList<Section> sections)
    {
        var texts = new Dictionary<string, string>();
        foreach (var section in sections)
        {
            texts[section.Id] = section.Title;
            foreach (var block in section.Blocks.Where(b => b.Text is not null)) texts[block.Id] = block.Text!;
            foreach (var (id, text) in BlockTexts(section.Children)) texts[id] = text;
        }

        return texts;
    }
}
