namespace ThiDua.Extractors.Checks;

/// <summary>The level of a table row: a part (<c>I</c>, <c>II</c>), an item (<c>1</c>, <c>2</c>), a sub-row (<c>- Khen chuyên đề</c>, <c>Trong đó: ...</c>), a total row, or other.</summary>
public enum TableRowKind
{
    Other,
    Part,
    Item,
    SubRow,
    Total,
}
