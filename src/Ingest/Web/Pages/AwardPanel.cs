using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The award ledger of a report; a reviewer corrects a count in place.</summary>
public static class AwardPanel
{
    public static void Write(HtmlBuilder html, ReviewContext review)
    {
        var awards = review.Report.Awards;
        html.Append($"<section class=\"panel\" id=\"awards\"><h2>Khen thưởng <small>Awards ({awards.Count})</small></h2>");
        if (awards.Count == 0)
        {
            html.Append($"<p class=\"muted\">Không có bản ghi khen thưởng / No award records.</p></section>");
            return;
        }

        html.Append($"<div class=\"table-scroll\"><table class=\"awards\"><thead><tr><th>#</th><th>Danh hiệu, hình thức</th><th>Cấp</th><th>Đối tượng</th><th>Số lượng</th><th>Trạng thái</th></tr></thead><tbody>");
        for (var index = 0; index < awards.Count; index++)
        {
            var award = awards[index];
            var target = $"awards/{index}/count";
            var correction = review.CorrectionOf(target);
            var source = award.Source.TableId is { } tableId && award.Source.Row is { } row
                ? $"{tableId}-r{row}" + (award.Source.Col is { } col ? $"c{col}" : string.Empty)
                : award.Source.BlockId;
            html.Append($"<tr id=\"award-{index}\"{(correction is null ? Markup.Empty : new Markup(" class=\"corrected\""))}><td>{index + 1}</td>");
            html.Append($"<td>{(source is null ? Markup.Empty : new HtmlBuilder().Append($"<a class=\"goto\" href=\"#{source}\" data-goto=\"{source}\" title=\"{award.Source.Quote}\">").ToMarkup())}{award.Name ?? award.Code}{(source is null ? Markup.Empty : new Markup("</a>"))}</td>");
            html.Append($"<td>{UiLabels.Vi(award.Level)}</td><td>{UiLabels.Vi(award.Recipient)}</td><td class=\"num\">");
            if (correction is not null) html.Append($"<s>{award.Count}</s> <b class=\"new-value\" title=\"{correction.User} · {correction.At:dd/MM/yyyy HH:mm}\">{correction.NewValue}</b>");
            else html.Append($"{award.Count}");
            if (review.CanEdit)
            {
                html.Append($" <button type=\"button\" class=\"small edit\" data-target=\"{target}\" data-old=\"{review.CurrentValue(target, award.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}\" data-label=\"{award.Name ?? award.Code} · {UiLabels.Vi(award.Recipient)}\">Sửa</button>");
            }

            html.Append($"</td><td>{UiLabels.Vi(award.Status)}</td></tr>");
        }

        html.Append($"</tbody></table></div></section>");
    }
}
