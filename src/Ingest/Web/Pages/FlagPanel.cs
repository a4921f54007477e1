using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The flags of a report: what disagrees, the stated and computed figures, a link to where it stands, and the reviewer's decision.</summary>
public static class FlagPanel
{
    public static void Write(HtmlBuilder html, ReviewContext review)
    {
        var flags = review.Report.Flags;
        html.Append($"<section class=\"panel\" id=\"flags\"><h2>Số liệu không khớp <small>Flags ({flags.Count})</small></h2>");
        if (flags.Count == 0)
        {
            html.Append($"<p class=\"muted\">Không phát hiện số liệu mâu thuẫn / No inconsistent figures found.</p></section>");
            return;
        }

        html.Append($"<ol class=\"flags\">");
        foreach (var flag in flags)
        {
            var status = review.FlagStatus(flag.Id);
            var anchor = review.FlagAnchors.GetValueOrDefault(flag.Id);
            html.Append($"<li id=\"flag-{flag.Id}\" class=\"flag sev-{flag.Severity} status-{status}\">");
            html.Append($"<div class=\"flag-head\"><span class=\"sev\" title=\"{UiLabels.En(flag.Severity)}\">{UiLabels.Vi(flag.Severity)}</span> <strong title=\"{UiLabels.En(flag.Kind)}\">{UiLabels.Vi(flag.Kind)}</strong> <span class=\"flag-id\">{flag.Id}</span>");
            if (status != "open") html.Append($" <span class=\"status\">{UiLabels.Vi(status)}</span>");
            html.Append($"</div><p>{flag.Message}</p>");
            html.Append($"<p class=\"figures-line\">Ghi trong văn bản / stated: <b>{Numbers.Stated(flag.Stated)}</b>");
            if (flag.Computed is { } computed) html.Append($" · tính lại / computed: <b>{Numbers.Format(computed)}</b>");
            if (flag.Expression is { } expression) html.Append($" <code>{expression}</code>");
            html.Append($"</p><blockquote>{flag.Quote}</blockquote>");
            html.Append($"<div class=\"flag-actions\">");
            if (anchor is not null) html.Append($"<a class=\"goto\" href=\"#{anchor}\" data-goto=\"{anchor}\"{TableView.PageAttribute(flag.Location.Page)}>Xem chỗ này / Show</a>");
            if (review.CanEdit) WriteDecision(html, review, flag.Id, status);
            html.Append($"</div></li>");
        }

        html.Append($"</ol></section>");
    }

    private static void WriteDecision(HtmlBuilder html, ReviewContext review, string flagId, string status)
    {
        foreach (var (value, label) in new[] { ("confirmed", "Xác nhận sai"), ("dismissed", "Bỏ qua"), ("open", "Mở lại") })
        {
            if (value == status) continue;
            html.Append($"""
                <form method="post" action="/documents/{review.Document.Id}/corrections" class="inline">{review.TokenField}<input type="hidden" name="version" value="{review.Version}"><input type="hidden" name="target" value="flags/{flagId}/status"><input type="hidden" name="oldValue" value="{status}"><input type="hidden" name="newValue" value="{value}"><input type="hidden" name="returnTo" value="flag-{flagId}"><button type="submit" class="small">{label}</button></form>
                """);
        }
    }
}
