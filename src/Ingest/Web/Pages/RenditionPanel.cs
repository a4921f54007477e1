using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store.Export.Renditions;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The dashboard's list of reports that came as several files: each file, its format, and which one is counted.</summary>
public static class RenditionPanel
{
    public static void Write(HtmlBuilder html, IReadOnlyList<ReportGroup> reports)
    {
        var repeated = reports.Where(g => g.Renditions.Count > 1).ToList();
        html.Append($"<section class=\"panel\" id=\"renditions\"><h2>Báo cáo có nhiều tệp <small>Reports received as several files ({repeated.Count})</small></h2>");
        if (repeated.Count == 0)
        {
            html.Append($"<p class=\"muted\">Mỗi báo cáo chỉ có một tệp / Every report came as one file.</p></section>");
            return;
        }

        html.Append($"<p class=\"muted\">Cùng cơ quan, số, ngày và trích yếu: một báo cáo, chỉ tính một lần (tệp được tính in đậm) / Same issuer, number, date and title: one report, counted once (the counted file in bold).</p>");
        html.Append($"<div class=\"table-scroll\"><table id=\"rendition-table\"><thead><tr><th>Báo cáo / report</th><th>Cơ quan / issuer</th><th>Tệp / files</th></tr></thead><tbody>");
        foreach (var group in repeated)
        {
            var document = group.Counted.Corrected!.Report.Document;
            html.Append($"<tr><td>{document.Title}</td><td>{document.Issuer}</td><td><ul class=\"renditions\">");
            foreach (var rendition in group.Renditions)
            {
                var row = rendition.Item.Document;
                var format = UiLabels.Vi(rendition.Corrected!.Report.Source.Format);
                if (ReferenceEquals(rendition, group.Counted))
                {
                    html.Append($"<li class=\"counted\"><b><a href=\"/documents/{row.Id}\">{row.FileName}</a></b> ({format}) · được tính / counted</li>");
                }
                else
                {
                    html.Append($"<li><a href=\"/documents/{row.Id}\">{row.FileName}</a> ({format})</li>");
                }
            }

            html.Append($"</ul></td></tr>");
        }

        html.Append($"</tbody></table></div></section>");
    }
}
