using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;
using ThiDua.Extractors.Readers.Pdf.Roles;

namespace ThiDua.RoleTrainer;

/// <summary>The labeled lines of one pair: the PDF's lines with their features, labeled from the Word extraction.</summary>
public sealed record Example(string ReportId, string Producer, LineRole Role, float[] Features);

public static class ExampleBuilder
{
    public static List<Example> Build(DocumentPair pair, IngestPipeline pipeline, IPdfTextEngine engine)
    {
        var word = pipeline.Ingest(pair.DocxPath);
        if (word.Report is null) throw new InvalidOperationException($"{pair.DocxPath}: {word.Error?.Message}");
        var pdf = engine.Extract(pair.PdfPath, CancellationToken.None);
        var lines = pdf.Pages.Select(LineBuilder.Build).ToList();
        var metrics = DocumentMetrics.From(lines);
        var labels = new LineLabeler(word.Report).Label(lines, pdf.Pages.Select(p => p.Height > 0 ? p.Height : 842).ToList());
        var context = LineRoleContext.Of(pdf.Pages, lines);
        var examples = new List<Example>();
        var k = 0;
        for (var p = 0; p < lines.Count; p++)
        {
            for (var i = 0; i < lines[p].Count; i++, k++)
            {
                if (labels[k] is { } role) examples.Add(new Example(pair.ReportId, pair.Producer, role, LineFeatureExtractor.Extract(pdf.Pages[p], lines[p], i, metrics, context)));
            }
        }

        return examples;
    }
}
