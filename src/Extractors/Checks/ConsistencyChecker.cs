using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Runs an ordered list of <see cref="IConsistencyCheck"/> over a report. Flags are numbered <c>f1</c>, <c>f2</c> ... and
/// recognized claims <c>c1</c>, <c>c2</c> ...; the same finding reached twice (same kind, quote, stated value and table column) is reported once,
/// the first check's reading winning. A check that throws keeps what it found before and is recorded in the warnings.
/// </summary>
public sealed class ConsistencyChecker
{
    public const string FailureCode = "check_failed";

    private readonly IReadOnlyList<IConsistencyCheck> _checks;

    public ConsistencyChecker(IReadOnlyList<IConsistencyCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = checks;
    }

    public IReadOnlyList<IConsistencyCheck> Checks => _checks;

    public static ConsistencyChecker CreateDefault() => new ConsistencyCheckerBuilder().UseDefaults().Build();

    /// <summary>The flags only.</summary>
    public IReadOnlyList<Flag> Check(Report report) => Run(report, new ReportText(report)).Flags;

    public CheckResults Run(Report report) => Run(report, new ReportText(report));

    /// <summary>The findings of a report whose prose another stage has already read (its sentences and quantities are reused).</summary>
    public CheckResults Run(Report report, ReportText text)
    {
        var context = new CheckContext(report, text);
        var seen = new HashSet<(string, string, decimal?, string?, int?, string?)>();
        var flags = new List<Flag>();
        var checks = new List<Check>();
        var warnings = new List<string>();
        foreach (var check in _checks)
        {
            foreach (var finding in RunSafely(check, context, warnings))
            {
                if (!seen.Add((finding.Kind, finding.Quote, finding.Stated?.Number, finding.Stated?.Text, finding.Location.Col, finding.Location.FootnoteId))) continue;
                string? flagId = null;
                if (finding.IsFlag)
                {
                    var flag = finding.ToFlag(flags.Count + 1);
                    flags.Add(flag);
                    flagId = flag.Id;
                }

                if (finding.IsClaim) checks.Add(finding.ToCheck(checks.Count + 1, flagId));
            }
        }

        return new CheckResults(flags, checks, warnings);
    }

    /// <summary>A check that fails on an unforeseen text keeps the findings it made before failing, and the failure is recorded.</summary>
    private static List<Finding> RunSafely(IConsistencyCheck check, CheckContext context, List<string> warnings)
    {
        var findings = new List<Finding>();
        try
        {
            foreach (var finding in check.Run(context)) findings.Add(finding);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var name = check.GetType().Name;
            warnings.Add($"{FailureCode}: Kiểm tra {name} bị lỗi, các kết quả khác vẫn giữ / The check {name} failed, other results are kept: {exception.GetType().Name}: {exception.Message}");
        }

        return findings;
    }
}
