using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store.Diff.Model;
using ThiDua.Store.Review;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// Two versions side by side: header fields, awards, figures, flags with accept/reject per change; paragraphs and
/// footnotes word by word (deleted and inserted words highlighted); tables cell by cell; headings.
/// </summary>
public static class DiffView
{
    private static readonly HashSet<string> CorrectableDocumentFields =
        ["number", "symbol", "docType", "title", "place", "issuer", "date", "period.year", "period.part", "signer.name", "signer.position", "signer.authority"];

    public static HtmlBuilder Render(ReportDiff diff, Report b, DiffPageContext page, string fileName)
    {
        var html = new HtmlBuilder();
        html.Append($"<h1>So sánh phiên bản <small>Compare versions</small></h1>");
        html.Append($"<p class=\"facts\"><a href=\"/documents/{page.DocumentId}?version={page.B}\">{fileName}</a> · <b>v{page.A}</b> ({diff.A.PipelineVersion}) ↔ <b>v{page.B}</b> ({diff.B.PipelineVersion}) · <a href=\"/api/documents/{page.DocumentId}/versions/{page.A}/diff/{page.B}\">JSON</a></p>");
        if (page.Refused is { } refused)
        {
            html.Append($"<p class=\"message error\" id=\"correction-refused\" role=\"alert\">Không lưu được / Not saved: {refused.Message}</p>");
        }

        var s = diff.Summary;
        if (diff.Identical)
        {
            html.Append($"<p class=\"message\">Hai phiên bản giống nhau / The two versions are identical.</p>");
            return html;
        }

        html.Append($"<p class=\"diff-summary\" id=\"diff-summary\">{s.Total} thay đổi / changes: thông tin chung {s.Metadata} · mục {s.Headings} · đoạn văn {s.Paragraphs} · chú thích {s.Footnotes} · bảng {s.Tables} · khen thưởng {s.Awards} · số liệu {s.Figures} · cảnh báo {s.Flags} · phép kiểm tra {s.Checks} · sửa đổi của người duyệt {s.Corrections}</p>");
        html.Append($"<p class=\"muted\">Chấp nhận giữ giá trị của v{page.B}; từ chối ghi lại giá trị của v{page.A} thành một sửa đổi của v{page.B}. / Accept keeps v{page.B}'s value; reject records v{page.A}'s value as a correction of v{page.B}.</p>");
        html.Append($"<div class=\"diff\">");
        WriteMetadata(html, diff, page);
        WriteRecords(html, "awards", "Khen thưởng / awards", diff.Awards, b.Awards.Count, index => RecordJson.Write(b.Awards[index]), page);
        WriteRecords(html, "figures", "Số liệu / figures", diff.Figures, b.Figures.Count, index => RecordJson.Write(b.Figures[index]), page);
        WriteFlags(html, diff, page);
        WriteTexts(html, "paragraphs", "Đoạn văn / paragraphs", diff.Paragraphs, page);
        WriteTexts(html, "footnotes", "Chú thích / footnotes", diff.Footnotes, page);
        WriteTables(html, diff);
        WriteHeadings(html, diff);
        WriteCorrections(html, diff, page);
        html.Append($"</div>");
        return html;
    }

    private static void WriteMetadata(HtmlBuilder html, ReportDiff diff, DiffPageContext page)
    {
        if (diff.Metadata.Count == 0) return;
        html.Append($"<section class=\"panel\" id=\"diff-metadata\"><h2>Thông tin chung <small>Header</small></h2><table><thead><tr><th>Trường</th><th>v{page.A}</th><th>v{page.B}</th><th></th></tr></thead><tbody>");
        foreach (var (change, i) in diff.Metadata.Select((c, i) => (c, i)))
        {
            var anchor = $"meta-{i}";
            html.Append($"<tr id=\"{anchor}\"><td>{change.Field}</td><td class=\"removed\">{change.A}</td><td class=\"added\">{change.B}</td><td>");
            if (CorrectableDocumentFields.Contains(change.Field)) new DiffDecision($"document/{change.Field}", change.B, change.B, change.A).Write(html, page, anchor);
            html.Append($"</td></tr>");
        }

        html.Append($"</tbody></table></section>");
    }

    private static void WriteRecords(HtmlBuilder html, string collection, string title, IReadOnlyList<RecordChange> changes, int countB, Func<int, string> recordJson, DiffPageContext page)
    {
        if (changes.Count == 0) return;
        html.Append($"<section class=\"panel\" id=\"diff-{collection}\"><h2>{title} ({changes.Count})</h2><table class=\"diff-records\"><thead><tr><th>Thay đổi</th><th>Bản ghi</th><th>Trường</th><th>v{page.A}</th><th>v{page.B}</th><th></th></tr></thead><tbody>");
        foreach (var (change, i) in changes.Select((c, i) => (c, i)))
        {
            var anchor = $"{collection}-{i}";
            var first = true;
            foreach (var field in change.Fields)
            {
                html.Append($"<tr{(first ? new HtmlBuilder().Append($" id=\"{anchor}\" class=\"change-{change.Change}\"").ToMarkup() : new HtmlBuilder().Append($" class=\"change-{change.Change}\"").ToMarkup())}>");
                if (first) html.Append($"<td rowspan=\"{change.Fields.Count}\">{ChangeLabel(change.Change)}</td><td rowspan=\"{change.Fields.Count}\">{change.Label}</td>");
                html.Append($"<td>{field.Field}</td><td class=\"removed\">{field.A}</td><td class=\"added\">{field.B}</td><td>");
                if (change is { Change: "changed", BIndex: { } j }) new DiffDecision($"{collection}/{j}/{field.Field}", field.B, field.B, field.A).Write(html, page, anchor);
                if (first && change is { Change: "added", BIndex: { } k } && k < countB) new DiffDecision($"{collection}/{k}", null, recordJson(k), null).Write(html, page, anchor);
                html.Append($"</td></tr>");
                first = false;
            }
        }

        html.Append($"</tbody></table></section>");
    }

    private static void WriteFlags(HtmlBuilder html, ReportDiff diff, DiffPageContext page)
    {
        if (diff.Flags.Count == 0) return;
        html.Append($"<section class=\"panel\" id=\"diff-flags\"><h2>Cảnh báo <small>Flags ({diff.Flags.Count})</small></h2><ul class=\"diff-flags\">");
        foreach (var (flag, i) in diff.Flags.Select((f, i) => (f, i)))
        {
            var anchor = $"flag-change-{i}";
            var label = flag.Change switch { "raised" => "Mới xuất hiện", "resolved" => "Không còn", _ => "Thay đổi" };
            html.Append($"<li id=\"{anchor}\" class=\"change-{flag.Change}\"><b>{label}</b> · {UiLabels.Vi(flag.Kind)} · {flag.Message} ");
            foreach (var field in flag.Fields) html.Append($"<span class=\"muted\">{field.Field}: <del>{field.A}</del> → <ins>{field.B}</ins></span> ");
            if (flag.BId is { } id) new DiffDecision($"flags/{id}/status", null, "confirmed", "dismissed").Write(html, page, anchor);
            html.Append($"</li>");
        }

        html.Append($"</ul></section>");
    }

    private static void WriteTexts(HtmlBuilder html, string id, string title, IReadOnlyList<TextChange> changes, DiffPageContext page)
    {
        if (changes.Count == 0) return;
        html.Append($"<section class=\"panel\" id=\"diff-{id}\"><h2>{title} ({changes.Count})</h2><div class=\"diff-grid\"><div class=\"diff-head\">v{page.A}</div><div class=\"diff-head\">v{page.B}</div>");
        foreach (var change in changes)
        {
            html.Append($"<div class=\"diff-cell change-{change.Change}\"><small>{ChangeLabel(change.Change)}{(change.Section is { } section ? " · " + section : string.Empty)}</small><br>");
            WriteSide(html, change, deleted: true);
            html.Append($"</div><div class=\"diff-cell change-{change.Change}\"><small>&nbsp;</small><br>");
            WriteSide(html, change, deleted: false);
            html.Append($"</div>");
        }

        html.Append($"</div></section>");
    }

    private static void WriteSide(HtmlBuilder html, TextChange change, bool deleted)
    {
        if (change.Words is { Count: > 0 } words)
        {
            foreach (var piece in words)
            {
                if (piece.Op == "equal") html.AppendText(piece.Text);
                else if (piece.Op == "deleted" && deleted) html.Append($"<del>{piece.Text}</del>");
                else if (piece.Op == "inserted" && !deleted) html.Append($"<ins>{piece.Text}</ins>");
            }

            return;
        }

        var text = deleted ? change.A : change.B;
        if (text is null) html.Append($"<span class=\"muted\">—</span>");
        else if (deleted) html.Append($"<del>{text}</del>");
        else html.Append($"<ins>{text}</ins>");
    }

    private static void WriteTables(HtmlBuilder html, ReportDiff diff)
    {
        if (diff.Tables.Count == 0) return;
        html.Append($"<section class=\"panel\" id=\"diff-tables\"><h2>Bảng <small>Tables ({diff.Tables.Count})</small></h2>");
        foreach (var table in diff.Tables)
        {
            html.Append($"<h3>{ChangeLabel(table.Change)}: {table.Caption ?? table.BId ?? table.AId} <small>+{table.RowsAdded} / −{table.RowsRemoved} dòng</small></h3>");
            if (table.Cells.Count == 0) continue;
            html.Append($"<table><thead><tr><th>Dòng A</th><th>Dòng B</th><th>Cột</th><th>A</th><th>B</th></tr></thead><tbody>");
            foreach (var cell in table.Cells.Take(200))
            {
                html.Append($"<tr><td>{cell.ARow}</td><td>{cell.BRow}</td><td>{cell.Col}</td><td class=\"removed\">{cell.A}</td><td class=\"added\">{cell.B}</td></tr>");
            }

            html.Append($"</tbody></table>");
        }

        html.Append($"</section>");
    }

    private static void WriteHeadings(HtmlBuilder html, ReportDiff diff)
    {
        if (diff.Headings.Count == 0) return;
        html.Append($"<section class=\"panel\" id=\"diff-headings\"><h2>Mục <small>Headings ({diff.Headings.Count})</small></h2><ul>");
        foreach (var heading in diff.Headings)
        {
            html.Append($"<li>{ChangeLabel(heading.Change)}: <del>{heading.ANumbering} {heading.ATitle}</del> → <ins>{heading.BNumbering} {heading.BTitle}</ins></li>");
        }

        html.Append($"</ul></section>");
    }

    private static void WriteCorrections(HtmlBuilder html, ReportDiff diff, DiffPageContext page)
    {
        if (diff.Corrections is not { Count: > 0 } corrections) return;
        html.Append($"<section class=\"panel\" id=\"diff-corrections\"><h2>Sửa đổi của người duyệt trên v{page.B} <small>Corrections laid on v{page.B} ({corrections.Count})</small></h2><table><thead><tr><th>Đích</th><th>Trích xuất</th><th>Giá trị mới</th><th>Áp dụng</th><th>Người sửa</th></tr></thead><tbody>");
        foreach (var correction in corrections)
        {
            html.Append($"<tr class=\"{(correction.Applied ? "applied" : "not-applied")}\"><td><code>{correction.Target}</code></td><td class=\"removed\">{correction.ExtractedValue}</td><td class=\"added\">{correction.NewValue}</td>");
            html.Append($"<td>{(correction.Applied ? "có / yes" : "không / no")}{(correction.Message is { } message ? " · " + message : string.Empty)}</td><td>{correction.User} · {correction.At.ToLocalTime():dd/MM/yyyy HH:mm}</td></tr>");
        }

        html.Append($"</tbody></table></section>");
    }

    private static string ChangeLabel(string change) => change switch
    {
        "added" => "Thêm",
        "removed" => "Bỏ",
        "changed" => "Sửa",
        "moved" => "Chuyển chỗ",
        "renamed" => "Đổi tên",
        "renumbered" => "Đổi số",
        _ => change,
    };
}
