using System.Diagnostics;
using System.Globalization;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Roles;
using ThiDua.Ingest;
using ThiDua.Ingest.Tests.Corpus;

namespace ThiDua.Benchmark.Parity;

/// <summary>
/// Prints, for each PDF engine, each producer and each component, the agreement of the PDF extractions with their DOCX
/// originals (matched over total, summed over the producer's files), and the time the pipeline took on the PDFs. The
/// default engine runs a second time with the line-role model on (<see cref="LineRoleSwitch"/>) to show what it changes.
/// The PDFs are read in process: the warm reader processes are started once, with the first engine, and would serve
/// every configuration with it.
/// </summary>
public static class PdfParityReport
{
    /// <summary>Scores every pair, or with <paramref name="producer"/> only the producers whose name contains it.</summary>
    public static int Run(string corpus, string? real, TextWriter output, TextWriter progress, string? producer = null)
    {
        var pairs = ParityPairs.Find(corpus, real).Where(p => producer is null || p.Producer.Contains(producer, StringComparison.OrdinalIgnoreCase)).ToList();
        if (pairs.Count == 0)
        {
            progress.WriteLine($"no DOCX/PDF pairs under {corpus}");
            return 2;
        }

        var timeout = TimeSpan.FromSeconds(120);
        var docxPipeline = PipelineFactory.Create(timeout);
        var originals = pairs.Select(p => p.Docx).Distinct().ToDictionary(d => d, d => docxPipeline.Ingest(d).Report);
        string[] components = ["metadata", "headings", "paragraphs", "footnotes", "footnote links", "table cells", "awards", "flags"];
        output.WriteLine($"| engine | producer | files | pages/s | {string.Join(" | ", components)} |");
        output.WriteLine($"|---|---|---|---|{string.Concat(components.Select(_ => "---|"))}");
        var previous = (Engine: Environment.GetEnvironmentVariable(PdfEngines.Variable), Roles: Environment.GetEnvironmentVariable(LineRoleSwitch.Variable));
        (string Engine, string? Roles, string Label)[] configurations =
        [
            (PdfEngines.PdfPigName, null, PdfEngines.PdfPigName),
            (PdfEngines.PdfPigName, LineRoleSwitch.On, PdfEngines.PdfPigName + " + line roles"),
            (PdfEngines.PopplerName, null, PdfEngines.PopplerName),
        ];
        try
        {
            foreach (var (engineName, roles, engine) in configurations)
            {
                Environment.SetEnvironmentVariable(PdfEngines.Variable, engineName);
                Environment.SetEnvironmentVariable(LineRoleSwitch.Variable, roles);

                // The PDF reader runs in this process: the warm reader pool is shared by every pipeline of the process
                // and keeps the engine its reader processes started with, so it would score the first engine twice.
                var pipeline = IngestPipelineBuilder.CreateDefault().WithTimeout(timeout)
                    .AddReader(new PdfReader(PdfEngines.Create(engineName), PdfReaderOptions.Default, ScannedPageReader.CreateDefault()))
                    .Build();
                foreach (var group in pairs.GroupBy(p => p.Producer))
                {
                    var sums = components.ToDictionary(c => c, _ => (Matched: 0, Total: 0));
                    var (seconds, pages, failed) = (0.0, 0, 0);
                    foreach (var pair in group)
                    {
                        progress.WriteLine($"{engine}: {pair.Pdf}");
                        var watch = Stopwatch.StartNew();
                        var result = pipeline.Ingest(pair.Pdf);
                        seconds += watch.Elapsed.TotalSeconds;
                        if (originals[pair.Docx] is not { } docx || result.Report is not { } pdf)
                        {
                            failed++;
                            progress.WriteLine($"  failed: {result.Error?.Code} {result.Error?.Message}");
                            continue;
                        }

                        pages += pdf.Source.PageCount ?? 0;
                        foreach (var score in ParityScorer.Score(pdf, docx))
                        {
                            progress.WriteLine("  " + score);
                            foreach (var difference in score.Differences) progress.WriteLine("    " + difference);
                            var (m, t) = sums[score.Component];
                            sums[score.Component] = (m + score.Matched, t + score.Total);
                        }
                    }

                    var cells = components.Select(c => Cell(sums[c].Matched, sums[c].Total));
                    var files = group.Count() + (failed > 0 ? $" ({failed} failed)" : "");
                    output.WriteLine($"| {engine} | {group.Key} | {files} | {(seconds > 0 ? pages / seconds : 0).ToString("F0", CultureInfo.InvariantCulture)} | {string.Join(" | ", cells)} |");
                }
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(PdfEngines.Variable, previous.Engine);
            Environment.SetEnvironmentVariable(LineRoleSwitch.Variable, previous.Roles);
        }

        output.WriteLine("pages/s: one pass, first read of each file included (cold); see scripts/bench.sh --pdf-engines for warm figures.");
        return 0;
    }

    private static string Cell(int matched, int total) =>
        total == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * matched / total:F1}% ({matched}/{total})");
}
