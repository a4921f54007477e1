namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>The lines of an award ledger as a tree for sums: sections with their awards (and subtotal row), awards with their sub-rows, totals.</summary>
public sealed class LedgerTree
{
    private readonly IReadOnlyList<LedgerLine> lines;

    private LedgerTree(IReadOnlyList<LedgerLine> lines, List<Section> sections, List<AwardNode> awards, List<LedgerLine> totals, Dictionary<int, string> labels)
    {
        this.lines = lines;
        Sections = sections;
        Awards = awards;
        Totals = totals;
        Labels = labels;
    }

    public IReadOnlyList<Section> Sections { get; }

    public IReadOnlyList<AwardNode> Awards { get; }

    public IReadOnlyList<LedgerLine> Totals { get; }

    /// <summary>The folded row-number or name text of section and total rows, by grid row.</summary>
    private Dictionary<int, string> Labels { get; }

    public static LedgerTree Build(AwardLedger ledger)
    {
        var sections = new List<Section>();
        var awards = new List<AwardNode>();
        var totals = new List<LedgerLine>();
        var labels = new Dictionary<int, string>();
        Section? section = null;
        AwardNode? award = null;
        foreach (var line in ledger.Lines)
        {
            switch (line.Kind)
            {
                case LedgerLineKind.Section:
                    section = new Section(line, []);
                    sections.Add(section);
                    labels[line.Row] = Label(ledger, line.Row);
                    award = null;
                    break;
                case LedgerLineKind.Award:
                    award = new AwardNode(line, []);
                    awards.Add(award);
                    section?.Awards.Add(award);
                    break;
                case LedgerLineKind.SubRow:
                    award?.SubRows.Add(line);
                    break;
                case LedgerLineKind.Total:
                    totals.Add(line);
                    labels[line.Row] = Label(ledger, line.Row);
                    if (section is not null && section.Subtotal is null && section.Awards.Count > 0) section.Subtotal = line;
                    award = null;
                    break;
            }
        }

        return new LedgerTree(ledger.Lines, sections, awards, totals, labels);
    }

    /// <summary>An award row's value: its own cell, else the sum of its filled sub-rows, else 0.</summary>
    public static CellValue ValueOf(AwardNode award, LedgerCellReader cells)
    {
        if (cells.Read(award.Line.Row) is { } own) return own;
        return award.SubRows.Aggregate(CellValue.Zero, (sum, s) => sum + cells.Part(s.Row));
    }

    /// <summary>A section's value: its own cell, else its subtotal row (unless that is the total being checked), else the sum of its awards.</summary>
    public static CellValue ValueOf(Section section, LedgerCellReader cells, LedgerLine checking)
    {
        if (cells.Read(section.Line.Row) is { } own) return own;
        if (section.Subtotal is { } subtotal && subtotal != checking && cells.Read(subtotal.Row) is { } stated) return stated;
        return section.Awards.Aggregate(CellValue.Zero, (sum, a) => sum + ValueOf(a, cells));
    }

    /// <summary>What a total row sums (see <see cref="LedgerSums"/>), with the reason the reading is uncertain, if it is.</summary>
    public (List<(int Row, CellValue Value)> Parts, string? Uncertainty) PartsOfTotal(LedgerLine total, LedgerCellReader cells)
    {
        var listed = LedgerSums.ListedSections(Labels[total.Row]);
        if (listed.Count > 0)
        {
            var named = Sections.Where(s => listed.Contains(Labels[s.Line.Row].TrimEnd('.'))).ToList();
            return (named.Select(s => (s.Line.Row, ValueOf(s, cells, total))).ToList(), named.Count == listed.Count ? null : LedgerSums.MissingSectionReason);
        }

        var index = IndexOf(total);
        var leading = !lines.Take(index).Any(l => l.Kind is LedgerLineKind.Section or LedgerLineKind.Award);
        var previousTotal = lines.Take(index).LastOrDefault(l => l.Kind == LedgerLineKind.Total);
        var from = leading ? total.Row : previousTotal?.Row ?? -1;
        var to = leading ? NextTotalRow(index) : total.Row;
        var parts = UnitsBetween(from, to, cells, total);
        if (parts.Count == 0 && !leading) parts = UnitsBetween(-1, total.Row, cells, total);
        return (parts, null);
    }

    /// <summary>Whether a row in [fromRow, toRow] that the ledger could not read holds a value in the column.</summary>
    public bool HasUnreadValue(int fromRow, int toRow, LedgerCellReader cells) =>
        lines.Any(l => l.Kind == LedgerLineKind.Unread && l.Row >= fromRow && l.Row <= toRow && !cells.IsEmpty(l.Row));

    private List<(int Row, CellValue Value)> UnitsBetween(int from, int to, LedgerCellReader cells, LedgerLine checking)
    {
        var sections = Sections.Where(s => s.Line.Row > from && s.Line.Row < to).ToList();
        if (sections.Count > 0) return sections.Select(s => (s.Line.Row, ValueOf(s, cells, checking))).ToList();
        return Awards.Where(a => a.Line.Row > from && a.Line.Row < to).Select(a => (a.Line.Row, ValueOf(a, cells))).ToList();
    }

    private int IndexOf(LedgerLine line)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == line) return i;
        }

        return -1;
    }

    private int NextTotalRow(int index) => lines.Skip(index + 1).FirstOrDefault(l => l.Kind == LedgerLineKind.Total)?.Row ?? int.MaxValue;

    private static string Label(AwardLedger ledger, int row)
    {
        var number = ledger.Columns.Number >= 0 ? AwardText.Fold(ledger.Grid.TextAt(row, ledger.Columns.Number)) : "";
        return number.Length > 0 ? number : AwardText.Fold(ledger.Grid.TextAt(row, ledger.Columns.Name));
    }

    /// <summary>A section row with its awards and the subtotal row that closes it, if any.</summary>
    public sealed record Section(LedgerLine Line, List<AwardNode> Awards)
    {
        public LedgerLine? Subtotal { get; set; }
    }

    /// <summary>An award row with its sub-rows.</summary>
    public sealed record AwardNode(LedgerLine Line, List<LedgerLine> SubRows);
}
