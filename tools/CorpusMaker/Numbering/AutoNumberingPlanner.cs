namespace CorpusMaker.Numbering;

/// <summary>Decides, heading by heading in document order, which headings get Word's automatic numbering.</summary>
public sealed class AutoNumberingPlanner
{
    private readonly WordListCounter counter = new();

    public int NumberedCount { get; private set; }

    public int TypedCount { get; private set; }

    public HeadingNumbering Plan(string headingText)
    {
        var label = HeadingLabelParser.Parse(headingText);
        if (label is not null && counter.TryNumber(label))
        {
            NumberedCount++;
            return new HeadingNumbering(label.Level, label.Rest);
        }

        TypedCount++;
        return new HeadingNumbering(null, headingText);
    }
}
