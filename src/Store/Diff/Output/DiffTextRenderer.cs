using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Output;

/// <summary>
/// The diff for a person: one part per heading (Vietnamese, then English), one line per change, words deleted and
/// inserted marked <c>[-...-]</c> and <c>{+...+}</c>; with colour (ANSI, for a terminal) removals are red, additions green,
/// changes yellow, and the markers become colours.
/// </summary>
public sealed class DiffTextRenderer(TextWriter writer, bool colour)
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Yellow = "\u001b[33m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    public void Render(ReportDiff diff)
    {
        writer.WriteLine(Paint(Bold, $"So sánh / Diff: A = {Describe(diff.A)}  ↔  B = {Describe(diff.B)}"));
        if (diff.Identical)
        {
            writer.WriteLine("Không có khác biệt / No differences.");
            return;
        }

        Part("Thông tin văn bản / Metadata", diff.Metadata, f => Line("changed", $"{f.Field}: {Show(f.A)} → {Show(f.B)}"));
        Part("Đề mục / Headings", diff.Headings, h => Line(h.Change, Heading(h)));
        Part("Đoạn văn / Paragraphs", diff.Paragraphs, Text);
        Part("Chú thích / Footnotes", diff.Footnotes, Text);
        Part("Bảng / Tables", diff.Tables, Table);
        Part("Khen thưởng / Awards", diff.Awards, Record);
        Part("Số liệu / Figures", diff.Figures, Record);
        Part("Cảnh báo / Flags", diff.Flags, f => Line(f.Change, $"{Label(f.Change)} {f.Kind} [{f.Severity}] {f.AId ?? "-"} → {f.BId ?? "-"}: {f.Message}{Fields(f.Fields)}"));
        Part("Kiểm tra / Checks", diff.Checks, c => Line(c.Change, $"{Label(c.Change)} {c.Kind}: {c.AStatus ?? "-"} → {c.BStatus ?? "-"} «{c.Quote}»"));
        if (diff.Corrections is { Count: > 0 } corrections)
        {
            Part("Hiệu chỉnh so với trích xuất / Review corrections against the extraction", corrections, c => Line(
                c.Applied ? "changed" : "removed",
                $"#{c.Id} {c.Target}: {Show(c.ExtractedValue)} → {Show(c.NewValue)} ({c.User}, {c.At:yyyy-MM-dd HH:mm})" +
                (c.Applied ? "" : $" — không áp dụng được / not applied: {c.Reason}") +
                (string.IsNullOrWhiteSpace(c.Comment) ? "" : $" «{c.Comment}»")));
        }

        var s = diff.Summary;
        writer.WriteLine();
        writer.WriteLine(Paint(Bold, $"Tổng số khác biệt / Differences: {s.Total} (thông tin/metadata {s.Metadata}, đề mục/headings {s.Headings}, đoạn/paragraphs {s.Paragraphs}, " +
            $"chú thích/footnotes {s.Footnotes}, bảng/tables {s.Tables}, khen thưởng/awards {s.Awards}, số liệu/figures {s.Figures}, cảnh báo/flags {s.Flags}, " +
            $"kiểm tra/checks {s.Checks}, hiệu chỉnh/corrections {s.Corrections})"));
    }

    private void Part<T>(string title, IReadOnlyList<T> changes, Action<T> write)
    {
        if (changes.Count == 0) return;
        writer.WriteLine();
        writer.WriteLine(Paint(Bold, $"== {title} ({changes.Count}) =="));
        foreach (var change in changes) write(change);
    }

    private void Text(TextChange change)
    {
        var where = $"{change.AId ?? "-"} → {change.BId ?? "-"}" + (change.Section is null ? "" : $" [{change.Section}]");
        Line(change.Change, $"{Label(change.Change)} {where}");
        var body = change.Change switch
        {
            "changed" when change.Words is not null => string.Concat(change.Words.Select(Word)),
            "removed" => Paint(Red, change.A ?? ""),
            "added" => Paint(Green, change.B ?? ""),
            _ => change.B ?? change.A ?? "",
        };
        writer.WriteLine("    " + body);
    }

    private void Table(TableChange change)
    {
        Line(change.Change, $"{Label(change.Change)} {change.AId ?? "-"} → {change.BId ?? "-"} «{change.Caption}» (+{change.RowsAdded} / -{change.RowsRemoved} dòng/rows)");
        foreach (var cell in change.Cells)
        {
            writer.WriteLine($"    [{cell.ARow?.ToString() ?? "-"}→{cell.BRow?.ToString() ?? "-"}, {cell.Col}] " +
                (cell.A is null ? "" : Paint(Red, colour ? cell.A : "[-" + cell.A + "-]")) + (cell.A is not null && cell.B is not null ? " " : "") +
                (cell.B is null ? "" : Paint(Green, colour ? cell.B : "{+" + cell.B + "+}")));
        }
    }

    private void Record(RecordChange change) =>
        Line(change.Change, $"{Label(change.Change)} #{change.AIndex?.ToString() ?? "-"} → #{change.BIndex?.ToString() ?? "-"} {change.Label}{Fields(change.Fields)}");

    private static string Fields(IReadOnlyList<FieldChange> fields) =>
        fields.Count == 0 ? "" : " (" + string.Join("; ", fields.Select(f => $"{f.Field}: {Show(f.A)} → {Show(f.B)}")) + ")";

    private static string Heading(HeadingChange h) =>
        $"{Label(h.Change)} {Show(Join(h.ANumbering, h.ATitle))} → {Show(Join(h.BNumbering, h.BTitle))}" +
        (h.AParent != h.BParent && h.Change is not ("added" or "removed") ? $" (dưới / under: {Show(h.AParent)} → {Show(h.BParent)})" : "");

    private static string? Join(string? numbering, string? title) => title is null ? null : string.IsNullOrEmpty(numbering) ? title : numbering + " " + title;

    private string Word(WordPiece piece) => piece.Op switch
    {
        "deleted" => colour ? Red + "\u001b[9m" + piece.Text + Reset : "[-" + piece.Text + "-]",
        "inserted" => colour ? Green + "\u001b[4m" + piece.Text + Reset : "{+" + piece.Text + "+}",
        _ => piece.Text,
    };

    private void Line(string change, string text)
    {
        var code = change switch
        {
            "added" or "raised" => Green,
            "removed" or "resolved" => Red,
            _ => Yellow,
        };
        writer.WriteLine("  " + Paint(code, text));
    }

    private static string Label(string change) => change switch
    {
        "added" => "+ thêm/added",
        "removed" => "- bỏ/removed",
        "changed" => "~ sửa/changed",
        "moved" => "↕ chuyển chỗ/moved",
        "renamed" => "~ đổi tên/renamed",
        "renumbered" => "~ đổi số/renumbered",
        "raised" => "+ mới phát hiện/raised",
        "resolved" => "- đã hết/resolved",
        _ => change,
    };

    private static string Show(string? value) => value is null ? "∅" : "«" + value + "»";

    private string Paint(string code, string text) => colour ? code + text + Reset : text;

    private static string Describe(DiffSide side) =>
        side.DocumentId is { } id ? $"#{id} v{side.Version} ({side.FileName})" : $"{side.Label} ({side.FileName})";
}
