using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The document list: a filter form, sortable columns, flag counts and review state, pages of results.</summary>
public static class DocumentListView
{
    private static readonly (string Key, string Label)[] Columns =
    [
        ("id", "#"), ("file", "Tệp"), ("issuer", "Cơ quan ban hành"), ("period", "Kỳ báo cáo"), ("format", "Định dạng"),
        ("status", "Đọc tệp"), ("flags", "Số liệu không khớp"), ("awards", "Khen thưởng"), ("versions", "Phiên bản"),
        ("reviewState", "Duyệt"), ("updated", "Cập nhật"),
    ];

    public static HtmlBuilder Render(DocumentQuery query, DocumentPage page)
    {
        var html = new HtmlBuilder();
        html.Append($"<h1>Tài liệu <small>Documents ({page.Total})</small></h1>");
        WriteFilters(html, query);
        if (page.Total == 0)
        {
            html.Append($"<p class=\"message\">Chưa có tài liệu nào phù hợp. <a href=\"/upload\">Tải báo cáo lên</a> / No matching documents yet: upload reports.</p>");
            return html;
        }

        html.Append($"<div class=\"table-scroll\"><table class=\"documents\" id=\"document-list\"><thead><tr>");
        foreach (var (key, label) in Columns)
        {
            if (key == "versions")
            {
                html.Append($"<th>{label}</th>");
                continue;
            }

            var descending = query.SortBy == key && !query.Descending;
            var arrow = query.SortBy == key ? (query.Descending ? " ▼" : " ▲") : string.Empty;
            html.Append($"<th><a href=\"{Link(query with { SortBy = key, Descending = descending, Offset = 0 })}\">{label}{arrow}</a></th>");
        }

        html.Append($"</tr></thead><tbody>");
        foreach (var document in page.Items) WriteRow(html, document);
        html.Append($"</tbody></table></div>");
        WritePager(html, query, page.Total);
        return html;
    }

    private static void WriteRow(HtmlBuilder html, DocumentSummary document)
    {
        var attention = document.ErrorFlagCount > 0 ? "attention" : document.FlagCount > 0 ? "warning" : document.Status == "failed" ? "failed" : "clean";
        html.Append($"<tr class=\"row-{attention}\" data-document=\"{document.Id}\"><td>{document.Id}</td>");
        html.Append($"<td><a href=\"/documents/{document.Id}\">{document.FileName}</a>{(document.Title is { } title ? new HtmlBuilder().Append($"<br><small>{Shorten(title, 90)}</small>").ToMarkup() : Markup.Empty)}</td>");
        html.Append($"<td>{document.Issuer ?? "—"}</td><td>{PeriodLabel(document)}</td><td>{UiLabels.Vi(document.Format)}</td>");
        html.Append($"<td class=\"status-{document.Status}\" title=\"{document.ErrorCode}\">{UiLabels.Vi(document.Status)}</td>");
        html.Append($"<td class=\"num\">");
        if (document.FlagCount > 0) html.Append($"<span class=\"count sev-{(document.ErrorFlagCount > 0 ? "error" : "warning")}\" title=\"{document.ErrorFlagCount} lỗi / errors\">{document.FlagCount}</span>");
        else html.Append($"0");
        html.Append($"</td><td class=\"num\">{document.AwardCount}</td><td class=\"num\">{document.Versions}</td>");
        html.Append($"<td><span class=\"state state-{document.ReviewState}\">{UiLabels.Vi(document.ReviewState)}</span></td>");
        html.Append($"<td>{document.UpdatedAt.ToLocalTime():dd/MM/yyyy HH:mm}</td></tr>\n");
    }

    private static string PeriodLabel(DocumentSummary document)
    {
        if (document.Period is null) return document.Year?.ToString() ?? "—";
        var label = UiLabels.Period(document.Year, document.Period);
        return label.Length == 0 ? document.Period : label;
    }

    private static void WriteFilters(HtmlBuilder html, DocumentQuery query)
    {
        html.Append($"""
            <form class="filters" method="get" action="/documents">
            <label>Tìm / search <input name="search" value="{query.Search}" placeholder="tên tệp, tiêu đề"></label>
            <label>Cơ quan (đúng tên) / issuer <input name="issuer" value="{query.Issuer}"></label>
            <label>Năm / year <input name="year" type="number" min="1990" max="2100" value="{query.Year}"></label>
            <label>Kỳ / period <select name="period">{Options(query.Period, ("", "tất cả"), ("full_year", "cả năm"), ("first_half", "6 tháng đầu năm"), ("second_half", "6 tháng cuối năm"))}</select></label>
            <label>Định dạng / format <select name="format">{Options(query.Format, ("", "tất cả"), ("docx", "Word .docx"), ("doc", "Word .doc"), ("pdf", "PDF"), ("rtf", "RTF"), ("odt", "ODT"))}</select></label>
            <label>Đọc tệp / status <select name="status">{Options(query.Status, ("", "tất cả"), ("succeeded", UiLabels.Vi("succeeded")), ("failed", UiLabels.Vi("failed")))}</select></label>
            <label>Duyệt / review <select name="review">{Options(query.ReviewState, ("", "tất cả"), (ReviewStates.Unreviewed, UiLabels.Vi(ReviewStates.Unreviewed)), (ReviewStates.InReview, UiLabels.Vi(ReviewStates.InReview)), (ReviewStates.Reviewed, UiLabels.Vi(ReviewStates.Reviewed)))}</select></label>
            <input type="hidden" name="sort" value="{query.SortBy}"><input type="hidden" name="desc" value="{(query.Descending ? "true" : "false")}">
            <button type="submit">Lọc / Filter</button> <a href="/documents">Xóa lọc</a>
            </form>
            """);
    }

    private static Markup Options(string? selected, params (string Value, string Label)[] options)
    {
        var html = new HtmlBuilder();
        foreach (var (value, label) in options)
        {
            html.Append($"<option value=\"{value}\"{((selected ?? string.Empty) == value ? new Markup(" selected") : Markup.Empty)}>{label}</option>");
        }

        return html.ToMarkup();
    }

    private static void WritePager(HtmlBuilder html, DocumentQuery query, int total)
    {
        if (total <= query.Limit) return;
        html.Append($"<nav class=\"pager\">Trang / page: ");
        for (var offset = 0; offset < total; offset += query.Limit)
        {
            var number = offset / query.Limit + 1;
            if (offset == query.Offset) html.Append($"<b>{number}</b> ");
            else html.Append($"<a href=\"{Link(query with { Offset = offset })}\">{number}</a> ");
        }

        html.Append($"</nav>");
    }

    public static string Link(DocumentQuery query)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add(name + "=" + Uri.EscapeDataString(value));
        }

        Add("search", query.Search);
        Add("issuer", query.Issuer);
        Add("year", query.Year?.ToString());
        Add("period", query.Period);
        Add("format", query.Format);
        Add("status", query.Status);
        Add("review", query.ReviewState);
        Add("sort", query.SortBy);
        if (query.Descending) Add("desc", "true");
        if (query.Offset > 0) Add("offset", query.Offset.ToString());
        if (query.Limit != 100) Add("limit", query.Limit.ToString());
        return "/documents" + (parts.Count > 0 ? "?" + string.Join('&', parts) : string.Empty);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
