using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The export page: a format, the filters, a download button (the API's <c>/api/export</c>).</summary>
public static class ExportPages
{
    private static readonly (string Value, string Label)[] Formats =
    [
        ("xlsx", "Excel (.xlsx): tài liệu, khen thưởng, số liệu, cảnh báo / documents, awards, figures, flags"),
        ("summary-xlsx", "Excel: bảng tổng hợp khen thưởng chính thức / the official award summary table"),
        ("csv", "CSV (zip, một tệp mỗi bảng / one file per table)"),
        ("json", "JSON"),
        ("jsonl", "JSON Lines (một dòng mỗi tài liệu / one line per document)"),
        ("parquet", "Parquet (zip)"),
    ];

    public static void MapExportPages(this IEndpointRouteBuilder app) =>
        app.MapGet("/export", (HttpContext http) =>
            {
                var html = new HtmlBuilder();
                html.Append($"""
                    <h1>Xuất dữ liệu <small>Export</small></h1>
                    <p>Dữ liệu xuất là bản trích xuất mới nhất của mỗi tài liệu, <b>đã áp dụng các sửa đổi của người duyệt</b>. / The latest extraction of each document, with the reviewers' corrections applied.</p>
                    <form class="filters" method="get" action="/api/export" id="export-form">
                    <label>Định dạng / format <select name="format">
                    """);
                foreach (var (value, label) in Formats) html.Append($"<option value=\"{value}\">{label}</option>");
                html.Append($"""
                    </select></label>
                    <label>Cơ quan / issuer <input name="issuer"></label>
                    <label>Năm / year <input name="year" type="number" min="1990" max="2100"></label>
                    <label>Kỳ / period <select name="period"><option value="">tất cả</option><option value="full_year">cả năm</option><option value="first_half">6 tháng đầu năm</option><option value="second_half">6 tháng cuối năm</option></select></label>
                    <label>Duyệt / review <select name="review"><option value="">tất cả</option><option value="{ReviewStates.Reviewed}">Đã duyệt</option><option value="{ReviewStates.InReview}">Đang duyệt</option><option value="{ReviewStates.Unreviewed}">Chưa duyệt</option></select></label>
                    <button type="submit" id="export-download">Tải xuống / Download</button>
                    </form>
                    <p class="muted">Dòng lệnh tương đương / the same from the command line: <code>thidua export --format xlsx --out ketqua.xlsx --store …</code></p>
                    """);
                return PageLayout.Page(http, "Xuất dữ liệu", "/export", html);
            })
            .ExcludeFromDescription();
}
