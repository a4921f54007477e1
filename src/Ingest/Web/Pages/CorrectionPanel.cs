using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The document's corrections, newest first, with who and when.</summary>
public static class CorrectionPanel
{
    public static void Write(HtmlBuilder html, ReviewContext review)
    {
        var corrections = review.Corrections;
        html.Append($"<section class=\"panel\" id=\"corrections\"><h2>Sửa đổi <small>Corrections ({corrections.Count})</small></h2>");
        if (corrections.Count == 0)
        {
            html.Append($"<p class=\"muted\">Chưa có sửa đổi / No corrections yet.</p></section>");
            return;
        }

        html.Append($"<ul class=\"corrections\">");
        foreach (var correction in corrections.OrderByDescending(c => c.At).ThenByDescending(c => c.Id))
        {
            html.Append($"<li><code>{correction.Target}</code>: <s>{correction.OldValue}</s> → <b>{correction.NewValue}</b> <span class=\"muted\">· {correction.User} · {correction.At.ToLocalTime():dd/MM/yyyy HH:mm} · v{correction.Version}</span>");
            if (!string.IsNullOrWhiteSpace(correction.Comment)) html.Append($"<br><i>{correction.Comment}</i>");
            html.Append($"</li>");
        }

        html.Append($"</ul></section>");
    }
}
