namespace ThiDua.Extractors.Checks;

/// <summary>What a term of a claim is: only counts and measures add up; ages, durations, percentages and rates never do.</summary>
public enum TermType
{
    Number,
    Count,
    Area,
    Length,
    Volume,
    Mass,
    Money,
    Percent,
    Rate,
    Age,
    Duration,
}
