using System.Text.RegularExpressions;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Finds the award ledgers of a table by content, wherever they stand: a block of header rows (no counts, header words in at least two cells)
/// whose columns read as a name column and count columns (<see cref="LedgerHeaderReader"/>); when no header names the name column, the column
/// whose body rows name catalog awards. A second header block in the middle of a table starts a new ledger (two tables Word glued together),
/// unless it repeats the columns of the one before (a header repeated over a page break). A row of column numbers (<c>(1) (2) (3)</c>,
/// <c>1 2 3</c>, <c>A B 1 2</c>) after a header is skipped. Body rows are then read one by one (<see cref="LedgerLine"/>).
/// </summary>
public sealed partial class AwardLedgerReader(AwardCatalog catalog, GrantorParser grantors)
{
    private const int MaxHeaderRows = 6;
    private const int ContentProbeRows = 40;

    private static readonly Regex LevelAfterCap = new(
        @"(?<!\p{L})cấp\s+(?<level>" + string.Join('|', AwardVocabulary.LevelWords.Select(l => Regex.Escape(l.Word))) + @")(?!\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public IReadOnlyList<AwardLedger> Read(TableGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var blocks = HeaderBlocks(grid);
        var ledgers = new List<AwardLedger>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var (start, bodyStart, columns) = blocks[i];
            var repeats = new List<(int Start, int End)>();
            var next = i + 1;
            while (next < blocks.Count && blocks[next].Columns.SameAs(columns))
            {
                repeats.Add((blocks[next].Start, blocks[next].BodyStart));
                next++;
            }

            var end = next < blocks.Count ? blocks[next].Start : grid.RowCount;
            ledgers.Add(new AwardLedger(grid, start, end, columns, ReadLines(grid, columns, bodyStart, end, repeats)));
            i = next - 1;
        }

        return ledgers;
    }

    private List<(int Start, int BodyStart, LedgerColumns Columns)> HeaderBlocks(TableGrid grid)
    {
        var blocks = new List<(int, int, LedgerColumns)>();
        for (var r = 0; r < grid.RowCount; r++)
        {
            if (!IsHeaderCandidate(grid, r)) continue;
            var end = r + 1;
            while (end < grid.RowCount && end - r < MaxHeaderRows && IsHeaderCandidate(grid, end)) end++;
            var columns = LedgerHeaderReader.Read(grid, r, end) ?? ReadByContent(grid, r, end);
            if (columns is not null)
            {
                var bodyStart = end < grid.RowCount && IsColumnNumbers(grid, end) ? end + 1 : end;
                blocks.Add((r, bodyStart, columns));
                r = bodyStart - 1;
            }
            else
            {
                r = end - 1;
            }
        }

        return blocks;
    }

    /// <summary>The columns of a header that does not name its award column: the column (with no count meaning) whose body rows name the most catalog awards.</summary>
    private LedgerColumns? ReadByContent(TableGrid grid, int start, int end)
    {
        var paths = LedgerHeaderReader.Paths(grid, start, end);
        var meanings = paths.Select(p => LedgerHeaderReader.Meaning(p, null)).ToList();
        var best = (Col: -1, Named: 0);
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            if (meanings[c] is not null) continue;
            var named = Enumerable.Range(end, Math.Max(0, Math.Min(grid.RowCount, end + ContentProbeRows) - end))
                .Count(r => catalog.BestNamed(AwardText.Fold(grid.TextAt(r, c))) is not null);
            if (named > best.Named) best = (c, named);
        }

        if (best.Col < 0) return null;
        var columns = LedgerHeaderReader.Read(grid, start, end, best.Col);
        return columns is not null && columns.Counts.Any(c => c.Recipient is not null || c.Status is not null || c.Basis is not null) ? columns : null;
    }

    /// <summary>A row that may be a header row: the table says so, or it holds no count, does not open with a row number, and at least two cells, one with a header word.</summary>
    private static bool IsHeaderCandidate(TableGrid grid, int row)
    {
        if (row < grid.HeaderRows) return true;
        var texts = Enumerable.Range(0, grid.ColumnCount).Select(c => grid.TextAt(row, c)).Where(t => t.Length > 0).ToList();
        if (texts.Count < 2 || RowLabel().IsMatch(texts[0]) || texts.Any(t => Digits().IsMatch(t))) return false;
        return texts.Select(AwardText.Fold).Any(IsHeaderWord);
    }

    private static bool IsHeaderWord(string folded) =>
        LedgerWords.Names(folded, LedgerWords.NameColumn) || LedgerWords.NumberColumn.Contains(folded.TrimEnd('.'))
        || LedgerWords.ValueIn(folded, LedgerWords.Recipients) is not null || LedgerWords.ValueIn(folded, LedgerWords.Statuses) is not null
        || LedgerWords.ValueIn(folded, LedgerWords.Bases) is not null || LedgerWords.Names(folded, LedgerWords.Total)
        || LedgerWords.Names(folded, LedgerWords.Count) || LedgerWords.Names(folded, LedgerWords.Percent);

    /// <summary>A row of column numbers: at least three cells, every filled one a short column mark (<c>(1)</c>, <c>1</c>, <c>A</c>, <c>(5)=(6)+(7)</c>), the numbers rising.</summary>
    public static bool IsColumnNumbers(TableGrid grid, int row)
    {
        var texts = Enumerable.Range(0, grid.ColumnCount).Where(c => grid.IsOrigin(row, c)).Select(c => grid.TextAt(row, c)).Where(t => t.Length > 0).ToList();
        if (texts.Count < 3 || !texts.All(t => ColumnMark().IsMatch(t))) return false;
        var numbers = texts.Select(t => FirstNumber().Match(t)).Where(m => m.Success).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return numbers.Count >= 2 && numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First);
    }

    private List<LedgerLine> ReadLines(TableGrid grid, LedgerColumns columns, int bodyStart, int end, List<(int Start, int End)> repeats)
    {
        var lines = new List<LedgerLine>();
        string? level = null;
        LedgerLine? parent = null;
        for (var r = bodyStart; r < end; r++)
        {
            var label = columns.Number >= 0 ? AwardText.Fold(grid.TextAt(r, columns.Number)) : "";
            var name = AwardText.Fold(grid.TextAt(r, columns.Name));
            if (repeats.Any(h => r >= h.Start && r < h.End) || (label.Length == 0 && name.Length == 0) || IsColumnNumbers(grid, r) || LedgerWords.Names(name, LedgerWords.Percent))
            {
                lines.Add(new LedgerLine(r, LedgerLineKind.Skipped, level, null, null, null, null, false));
                continue;
            }

            if (IsTotal(label) || IsTotal(name))
            {
                lines.Add(new LedgerLine(r, LedgerLineKind.Total, level, null, null, null, null, false));
                parent = null;
                continue;
            }

            var grantor = grantors.FindAll(name, null).FirstOrDefault();
            if (Roman().IsMatch(label) || (!Number().IsMatch(label) && SectionLevel(name) is not null))
            {
                level = SectionLevel(name);
                lines.Add(new LedgerLine(r, LedgerLineKind.Section, level, new AwardMention(null, GenericKinds.KhenThuong, 0, name.Length), grantor, null, null, false));
                parent = null;
                continue;
            }

            var mention = catalog.BestNamed(name);
            if (Number().IsMatch(label) || (mention is not null && ClauseCues.BasisOfLabel(name) is null && RecipientOf(name) is null))
            {
                parent = new LedgerLine(r, LedgerLineKind.Award, level, mention ?? Unknown(name), grantor, null, null, false);
                lines.Add(parent);
                continue;
            }

            if (parent is null)
            {
                lines.Add(new LedgerLine(r, LedgerLineKind.Unread, level, null, null, null, null, false));
                continue;
            }

            var subset = LedgerWords.StartsWithAny(name.TrimStart('-', '+', '*', ' '), LedgerWords.Subset);
            lines.Add(new LedgerLine(r, LedgerLineKind.SubRow, level, parent.Mention, parent.Grantor, ClauseCues.BasisOfLabel(name), RecipientOf(name), subset));
        }

        return lines;
    }

    /// <summary>A total row's label: a total word alone or before a colon or a parenthesis (<c>Tổng cộng (I + II)</c>, <c>Cộng:</c>).</summary>
    public static bool IsTotal(string folded) =>
        LedgerWords.Total.Any(w => folded.StartsWith(w, StringComparison.Ordinal) && TotalTail().IsMatch(folded[w.Length..]));

    /// <summary>The recipient a sub-row's label is (<c>- Tập thể</c>, <c>Cá nhân</c>), or null.</summary>
    public static string? RecipientOf(string folded)
    {
        var bare = folded.Trim(' ', '-', '+', '*', '•', ':', '.');
        return LedgerWords.Recipients.FirstOrDefault(p => p.Word == bare).Value;
    }

    /// <summary>The level a section row names: <c>Khen thưởng cấp Nhà nước</c>, <c>Cấp tỉnh</c>, <c>... cấp huyện</c>, or null.</summary>
    public static string? SectionLevel(string folded)
    {
        var match = LevelAfterCap.Match(folded);
        return ClauseCues.HeadingLevel(folded) ?? (match.Success ? GrantorParser.LevelOf(match.Groups["level"].Value) : null);
    }

    private static AwardMention Unknown(string name) => new(AwardCatalog.OtherCode, null, 0, name.Length);

    [GeneratedRegex(@"^[ivxl]+\.?$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\d+[.)]?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:[IVXLivxl]+|\d+(?:\.\d+)*)[.)]?$|^[-+–]$")]
    private static partial Regex RowLabel();

    [GeneratedRegex(@"^\d[\d.,]*$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[(\[]?(?:\d{1,2}|[A-Z])[)\]]?(?:\s*[=+\-*/x]\s*[(\[]?(?:\d{1,2}|[A-Z])[)\]]?)*$")]
    private static partial Regex ColumnMark();

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^\s*(?:$|[:(\[].*$)")]
    private static partial Regex TotalTail();

}
