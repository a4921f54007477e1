using System.Globalization;

namespace ThiDua.Benchmark.Options;

/// <summary>Command-line options: <c>[--corpus DIR] [--repeat N] [--runs R] [--out FILE]</c>.</summary>
public sealed record BenchmarkOptions(string Corpus, int Repeat, int Runs, string? Out, bool Help)
{
    public const string Usage =
        "thidua-bench [--corpus DIR] [--repeat N] [--runs R] [--out FILE]\n" +
        "  --corpus DIR  folder searched recursively for .docx and .pdf files, one set per folder (default: corpus)\n" +
        "  --repeat N    each measured pass ingests the whole set N times (default: 20)\n" +
        "  --runs R      measured passes per workload and mode; the table shows medians (default: 3)\n" +
        "  --out FILE    also write every pass and the summary as JSON";

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions("corpus", 20, 3, null, false);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--corpus" => options with { Corpus = Value(args, ++i) },
                "--repeat" => options with { Repeat = Positive(args, ++i) },
                "--runs" => options with { Runs = Positive(args, ++i) },
                "--out" => options with { Out = Value(args, ++i) },
                "-h" or "--help" => options with { Help = true },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value");

    private static int Positive(IReadOnlyList<string> args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{args[index - 1]} needs a positive whole number");
}
