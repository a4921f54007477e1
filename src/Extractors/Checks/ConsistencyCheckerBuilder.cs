namespace ThiDua.Extractors.Checks;

/// <summary>Registers the checks in order, Markdig-style: <c>new ConsistencyCheckerBuilder().UseDefaults().Use(new MyCheck()).Build()</c>.</summary>
public sealed class ConsistencyCheckerBuilder
{
    private readonly List<IConsistencyCheck> _checks = [];

    public ConsistencyCheckerBuilder Use(IConsistencyCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _checks.Add(check);
        return this;
    }

    public ConsistencyCheckerBuilder UseDefaults() => this
        .Use(new SumOfPartsCheck())
        .Use(new FootnoteBreakdownCheck())
        .Use(new DimensionBreakdownCheck())
        .Use(new ListSumCheck())
        .Use(new RatioCheck())
        .Use(new PlanShareCheck())
        .Use(new YearOnYearCheck())
        .Use(new CombinedRateCheck())
        .Use(new DifferenceCheck())
        .Use(new ChangeBetweenTermsCheck())
        .Use(new ProductWithUnitsCheck())
        .Use(new CropYieldCheck())
        .Use(new TableSumCheck())
        .Use(new AwardTableTotalsCheck())
        .Use(new TablePercentColumnCheck())
        .Use(new TextVersusTableCheck())
        .Use(new AwardLineVersusTableCheck())
        .Use(new CountOfItemsCheck())
        .Use(new AnniversaryCheck())
        .Use(new MalformedNumberCheck())
        .Use(new MisplacedValueCheck());

    public ConsistencyChecker Build() => new(_checks.ToArray());
}
