namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>What a unit measures; units of one kind convert into each other through their factor.</summary>
public enum UnitKind
{
    Count,
    Area,
    Length,
    Volume,
    Mass,
    Money,
    Percent,
    Time,
}
