using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// An award ledger found in a table: the rows [<see cref="Start"/>, <see cref="End"/>) of the grid, its columns, and every body row read
/// (<see cref="Lines"/>, in order). A table may hold several (tables glued together), or a ledger may cover a header repeated over pages.
/// </summary>
public sealed record AwardLedger(TableGrid Grid, int Start, int End, LedgerColumns Columns, IReadOnlyList<LedgerLine> Lines);
