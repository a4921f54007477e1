using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store;
using ThiDua.Store.Export;
using ThiDua.Store.Export.Renditions;
using ThiDua.Store.Export.Summary;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// The dashboard: awards granted (corrections applied, proposals not counted) by issuer and by period as charts, and the
/// official summary table, computed by the same code as the <c>summary-xlsx</c> export. A report ingested in several
/// renditions (.docx, .doc, PDF) counts once; its renditions are listed below the table.
/// </summary>
public static class DashboardPages
{
    public static void MapDashboardPages(this IEndpointRouteBuilder app) =>
        app.MapGet("/dashboard", async (HttpContext http, IReportStore store, string? issuer, string? year, string? period) =>
            {
                var filter = new ExportFilter(QueryValues.Text(issuer), QueryValues.Number(year), QueryValues.Text(period));
                var reports = ReportRenditions.Group(await DatasetExporter.ReadAsync(store, filter, http.RequestAborted));
                var awarded = reports
                    .Select(g => g.Counted.Corrected!.Report)
                    .SelectMany(r => r.Awards.Where(a => a.Status == Vocabulary.Statuses.Awarded).Select(a => (r.Document, Award: a)))
                    .ToList();
                var files = reports.Sum(g => g.Renditions.Count);

                var html = new HtmlBuilder();
                html.Append($"<h1>Tổng hợp khen thưởng <small>Dashboard ({reports.Count} báo cáo / reports, {files} tệp / files)</small></h1>");
                html.Append($"""
                    <form class="filters" method="get" action="/dashboard">
                    <label>Cơ quan / issuer <input name="issuer" value="{issuer}"></label>
                    <label>Năm / year <input name="year" type="number" min="1990" max="2100" value="{year}"></label>
                    <label>Kỳ / period <select name="period"><option value="">tất cả</option><option value="full_year">cả năm</option><option value="first_half">6 tháng đầu năm</option><option value="second_half">6 tháng cuối năm</option></select></label>
                    <button type="submit">Lọc / Filter</button>
                    </form>
                    <div class="charts">
                    """);
                BarChart.Write(html, "Số khen thưởng đã trao theo cơ quan / awards by issuer", Totals(awarded, x => x.Document.Issuer ?? "(không rõ / unknown)"));
                BarChart.Write(html, "Số khen thưởng đã trao theo kỳ / awards by period", Totals(awarded, x => PeriodLabel(x.Document)));
                html.Append($"</div>");
                WriteSummaryTable(html, AwardSummary.Lines(awarded.Select(x => x.Award), SummaryLayout.Default), reports.Count);
                RenditionPanel.Write(html, reports);
                return PageLayout.Page(http, "Tổng hợp", "/dashboard", html);
            })
            .ExcludeFromDescription();

    private static List<(string, long)> Totals(IEnumerable<(DocumentMeta Document, Award Award)> awarded, Func<(DocumentMeta Document, Award Award), string> key) =>
        awarded.GroupBy(key).Select(g => (g.Key, (long)g.Sum(x => x.Award.Count))).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).Take(25).ToList();

    private static string PeriodLabel(DocumentMeta document)
    {
        var label = UiLabels.Period(document.Period?.Year ?? document.Date.Year, document.Period?.Part);
        return label.Length == 0 ? "(không rõ kỳ / unknown)" : label;
    }

    private static void WriteSummaryTable(HtmlBuilder html, IReadOnlyList<SummaryLine> lines, int reportCount)
    {
        html.Append($"""
            <section class="panel summary-table"><h2>TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG</h2>
            <p class="muted">Tổng hợp từ {reportCount} báo cáo; chỉ tính khen thưởng đã trao, không tính đề nghị; giống bảng của tệp xuất summary-xlsx / summed over {reportCount} reports, awarded only, as in the summary-xlsx export.</p>
            <div class="table-scroll"><table id="summary-table">
            <thead><tr><th rowspan="3">TT</th><th rowspan="3">Danh hiệu thi đua và hình thức khen thưởng</th><th colspan="3">Số lượng</th><th colspan="4">Trong đó đối tượng ở cơ sở, lao động trực tiếp</th></tr>
            <tr><th rowspan="2">Tập thể</th><th rowspan="2">Cá nhân</th><th rowspan="2">Gia đình</th><th colspan="2">Tập thể</th><th colspan="2">Cá nhân</th></tr>
            <tr><th>SL</th><th>%</th><th>SL</th><th>%</th></tr></thead><tbody>
            """);
        foreach (var line in lines)
        {
            var c = line.Counts;
            var kind = line.Kind.ToString().ToLowerInvariant();
            html.Append($"<tr class=\"line-{kind}\"><td>{line.Label}</td><td>{line.Title}</td><td class=\"num\">{c.Collectives}</td><td class=\"num\">{c.Individuals}</td><td class=\"num\">{c.Households}</td>");
            html.Append($"<td class=\"num\">{c.DirectCollectives}</td><td class=\"num\">{c.DirectCollectivesPercent}</td><td class=\"num\">{c.DirectIndividuals}</td><td class=\"num\">{c.DirectIndividualsPercent}</td></tr>");
        }

        html.Append($"</tbody></table></div></section>");
    }
}
