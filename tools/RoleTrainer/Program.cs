using System.Globalization;
using Microsoft.ML;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers.Pdf.PdfPig;
using ThiDua.Extractors.Readers.Pdf.Roles;
using ThiDua.RoleTrainer;

// thidua role trainer: labels the lines of every PDF that has a Word original, evaluates leave-one-producer-out and
// leave-one-report-out, then trains on everything and writes the model the PDF reader ships.
//   dotnet run -c Release --project tools/RoleTrainer -- [--out src/Extractors/Readers/Pdf/Roles/line-roles.zip] [--real DIR]
var root = FindRoot();
var output = Option("--out") ?? Path.Combine(root, "src/Extractors/Readers/Pdf/Roles", LineRoleModel.ResourceName);
var real = Option("--real") ?? new[] { Path.Combine(root, "corpus/real"), Path.Combine(root, "../shared/real") }.FirstOrDefault(Directory.Exists);

var pairs = new List<DocumentPair>();
foreach (var (folder, producer) in new[] { ("pdf", "libreoffice"), ("pdf-chromium", "chromium") })
{
    var directory = Path.Combine(root, "corpus", folder);
    if (!Directory.Exists(directory)) continue;
    foreach (var pdf in Directory.EnumerateFiles(directory, "*.pdf").Order(StringComparer.Ordinal))
    {
        var id = Path.GetFileNameWithoutExtension(pdf);
        var docx = Path.Combine(root, "corpus/docx", id + ".docx");
        if (File.Exists(docx)) pairs.Add(new DocumentPair(id, producer, docx, pdf));
    }
}

if (real is not null)
{
    // corpus/real holds the pairs under short names; ../shared/real under the offices' own.
    (string Docx, string Pdf, string Id)[] reals =
    [
        ("cchc-2025.docx", "cchc-2025.pdf", "real-cchc"), ("ttr-2025.docx", "ttr-2025.pdf", "real-ttr"),
        ("BAO CAO CCHC NAM 2025.docx", "329 BAO CAO CCHC NAM 2025.pdf", "real-cchc"), ("TTr BC CCHC nam 2025.docx", "TTr BC CCHC nam 2025.pdf", "real-ttr"),
    ];
    foreach (var (docx, pdf, id) in reals)
    {
        if (File.Exists(Path.Combine(real, docx)) && File.Exists(Path.Combine(real, pdf)) && pairs.All(p => p.ReportId != id)) pairs.Add(new DocumentPair(id, "word", Path.Combine(real, docx), Path.Combine(real, pdf)));
    }
}

var pipeline = IngestPipelineBuilder.CreateDefault().Build();
var engine = new PdfPigTextEngine(); // the default engine: the model scores its lines
var examples = new List<Example>();
foreach (var pair in pairs)
{
    var built = ExampleBuilder.Build(pair, pipeline, engine);
    Console.Error.WriteLine($"{pair.Producer}/{pair.ReportId}: {built.Count} labeled lines ({string.Join(", ", built.GroupBy(e => e.Role).Select(g => $"{g.Key} {g.Count()}"))})");
    examples.AddRange(built);
}

var ml = new MLContext(seed: 1);
Evaluate("leave one producer out", examples.Select(e => e.Producer).Distinct().ToList(), (e, fold) => e.Producer == fold);
Evaluate("leave one report out", examples.Select(e => e.ReportId).Distinct().ToList(), (e, fold) => e.ReportId == fold);

var model = RoleTraining.Train(ml, examples);
var schema = ml.Data.LoadFromEnumerable(new[] { new LineFeatures() }).Schema;
ml.Model.Save(model, schema, output);
Console.WriteLine($"model: {output} ({examples.Count} lines from {pairs.Count} documents)");

void Evaluate(string title, List<string> folds, Func<Example, string, bool> heldOut)
{
    var totals = new Dictionary<LineRole, (int Right, int Total)>();
    int right = 0, total = 0;
    foreach (var fold in folds)
    {
        var train = examples.Where(e => !heldOut(e, fold)).ToList();
        var test = examples.Where(e => heldOut(e, fold)).ToList();
        if (train.Count == 0 || test.Count == 0 || train.Select(e => e.Role).Distinct().Count() < 2) continue;
        using var stream = new MemoryStream();
        ml.Model.Save(RoleTraining.Train(ml, train), ml.Data.LoadFromEnumerable(new[] { new LineFeatures() }).Schema, stream);
        stream.Position = 0;
        var score = RoleTraining.Score(new LineRoleModel(stream), test);
        foreach (var (role, (r, t)) in score.PerRole)
        {
            var (r0, t0) = totals.GetValueOrDefault(role);
            totals[role] = (r0 + r, t0 + t);
        }

        right += score.Right;
        total += score.Total;
    }

    Console.WriteLine($"\n{title} ({folds.Count} folds): accuracy {Percent(right, total)} of {total} lines");
    Console.WriteLine("| role | lines | accuracy |\n|---|---|---|");
    foreach (var (role, (r, t)) in totals.OrderBy(x => x.Key)) Console.WriteLine($"| {role} | {t} | {Percent(r, t)} |");
}

static string Percent(int right, int total) => total == 0 ? "-" : (100.0 * right / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ThiDua.Ingest.sln"))) return dir.FullName;
    }

    throw new InvalidOperationException("ThiDua.Ingest.sln not found");
}
