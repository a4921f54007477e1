using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>Every arithmetic claim the checker recognized, with its outcome, folded by default.</summary>
public static class CheckPanel
{
    public static void Write(HtmlBuilder html, ReviewContext review)
    {
        var checks = review.Report.Checks ?? [];
        var counts = checks.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        html.Append($"<section class=\"panel\" id=\"checks\"><details><summary><h2>Phép kiểm tra <small>Checks ({checks.Count})</small></h2> ");
        html.Append($"<span class=\"ok\">{counts.GetValueOrDefault(CheckStatus.Consistent)} khớp</span> · <span class=\"bad\">{counts.GetValueOrDefault(CheckStatus.Mismatch)} không khớp</span> · <span class=\"muted\">{counts.GetValueOrDefault(CheckStatus.Unverifiable)} không kiểm chứng được</span></summary>");
        if (checks.Count > 0)
        {
            html.Append($"<div class=\"table-scroll\"><table class=\"checks\"><thead><tr><th>Kết quả</th><th>Loại</th><th>Ghi</th><th>Tính lại</th><th>Trích dẫn</th></tr></thead><tbody>");
            foreach (var check in checks)
            {
                html.Append($"<tr class=\"check-{check.Status}\"><td>{UiLabels.Vi(check.Status)}</td><td>{UiLabels.Vi(check.Kind)}</td><td class=\"num\">{Numbers.Stated(check.Stated)}</td><td class=\"num\">{Numbers.Format(check.Computed)}</td><td>{check.Quote}</td></tr>");
            }

            html.Append($"</tbody></table></div>");
        }

        html.Append($"</details></section>");
    }
}
