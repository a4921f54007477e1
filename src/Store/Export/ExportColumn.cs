namespace ThiDua.Store.Export;

/// <summary>A column of an export table: its name (snake_case, the same in every format) and the kind of its values.</summary>
public sealed record ExportColumn(string Name, ExportColumnKind Kind);

/// <summary>
/// What a column holds; a row's value is null or of the CLR type named: Text <see cref="string"/>, Integer <see cref="long"/>,
/// Decimal <see cref="decimal"/>, Boolean <see cref="bool"/>, Date <see cref="DateOnly"/>, DateTime <see cref="DateTime"/> (UTC).
/// </summary>
public enum ExportColumnKind
{
    Text,
    Integer,
    Decimal,
    Boolean,
    Date,
    DateTime,
}
