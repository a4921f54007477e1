namespace ThiDua.Extractors.Structure;

/// <summary>Kinds of typed numbering, outermost first. Nesting compares these ranks, not absolute levels.</summary>
public enum HeadingKind
{
    Part = 0,
    Roman = 1,
    Arabic1 = 2,
    Arabic2 = 3,
    Arabic3 = 4,
    Arabic4 = 5,
    Letter = 6,
    ParenNumber = 7,
}
