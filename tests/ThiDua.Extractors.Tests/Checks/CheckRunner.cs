using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>Runs the default checker on a report built in code.</summary>
public static class CheckRunner
{
    public static IReadOnlyList<Flag> Flags(ReportFactory factory) => ConsistencyChecker.CreateDefault().Check(factory.Build());

    public static IReadOnlyList<Flag> Flags(params string[] paragraphs)
    {
        var factory = new ReportFactory();
        foreach (var paragraph in paragraphs) factory.Paragraph(paragraph);
        return Flags(factory);
    }

    /// <summary>Every recognized claim and flag of a report built in code.</summary>
    public static CheckResults Results(ReportFactory factory) => ConsistencyChecker.CreateDefault().Run(factory.Build());

    public static CheckResults Results(params string[] paragraphs)
    {
        var factory = new ReportFactory();
        foreach (var paragraph in paragraphs) factory.Paragraph(paragraph);
        return Results(factory);
    }
}
