using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Runs an ordered list of <see cref="IConsistencyCheck"/> over a report and numbers the findings <c>f1</c>, <c>f2</c> ...
/// The same finding reached twice (same kind, quote and stated value) is reported once.
/// </summary>
public sealed class ConsistencyChecker
{
    private readonly IReadOnlyList<IConsistencyCheck> _checks;

    public ConsistencyChecker(IReadOnlyList<IConsistencyCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = checks;
    }

    public IReadOnlyList<IConsistencyCheck> Checks => _checks;

    public static ConsistencyChecker CreateDefault() => new ConsistencyCheckerBuilder().UseDefaults().Build();

    public IReadOnlyList<Flag> Check(Report report) => Check(report, new ReportText(report));

    /// <summary>The flags of a report whose prose another stage has already read (its sentences and quantities are reused).</summary>
    public IReadOnlyList<Flag> Check(Report report, ReportText text)
    {
        var context = new CheckContext(report, text);
        var seen = new HashSet<(string, string, decimal?, string?)>();
        var flags = new List<Flag>();
        foreach (var check in _checks)
        {
            foreach (var draft in RunSafely(check, context))
            {
                if (!seen.Add((draft.Kind, draft.Quote, draft.Stated?.Number, draft.Stated?.Text))) continue;
                flags.Add(draft.ToFlag(flags.Count + 1));
            }
        }

        return flags;
    }

    /// <summary>A check that fails on an unforeseen text gives no findings instead of stopping the report.</summary>
    private static List<FlagDraft> RunSafely(IConsistencyCheck check, CheckContext context)
    {
        try
        {
            return check.Run(context).ToList();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException or DivideByZeroException)
        {
            return [];
        }
    }
}
