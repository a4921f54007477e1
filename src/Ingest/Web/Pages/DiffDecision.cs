using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// Accept or reject one change of a diff, recorded as a correction of the newer version B on Target: accepting records
/// AcceptValue (B's own value, so the audit says who checked it; for a flag, <c>confirmed</c>), rejecting records
/// RejectValue (A's value back; null removes a record B added; for a flag, <c>dismissed</c>).
/// </summary>
public sealed record DiffDecision(string Target, string? OldValue, string? AcceptValue, string? RejectValue)
{
    public const string AcceptComment = "Chấp nhận thay đổi so với phiên bản trước / change accepted";
    public const string RejectComment = "Từ chối thay đổi, giữ giá trị của phiên bản trước / change rejected";

    public void Write(HtmlBuilder html, DiffPageContext page, string anchor)
    {
        if (page.Corrections.LastOrDefault(c => c.Target == Target) is { } decided)
        {
            var accepted = decided.NewValue == AcceptValue;
            html.Append($"<span class=\"decision {(accepted ? "accepted" : "rejected")}\">{(accepted ? "Đã chấp nhận" : "Đã từ chối")} · {decided.User}</span> ");
        }

        if (!page.CanEdit) return;
        WriteButton(html, page, anchor, AcceptValue, AcceptComment, "Chấp nhận", "accept");
        WriteButton(html, page, anchor, RejectValue, RejectComment, "Từ chối", "reject");
    }

    /// <summary>What the target holds now: the last decision's value once one was recorded (so a reviewer may change their mind), else B's value.</summary>
    private string? CurrentValue(DiffPageContext page) =>
        page.Corrections.LastOrDefault(c => c.Target == Target && c.Version <= page.B) is { } last ? last.NewValue : OldValue;

    private void WriteButton(HtmlBuilder html, DiffPageContext page, string anchor, string? newValue, string comment, string label, string kind)
    {
        html.Append($"<form method=\"post\" action=\"/documents/{page.DocumentId}/corrections\" class=\"inline\">{page.TokenField}<input type=\"hidden\" name=\"version\" value=\"{page.B}\"><input type=\"hidden\" name=\"target\" value=\"{Target}\">");
        if (CurrentValue(page) is { } current) html.Append($"<input type=\"hidden\" name=\"oldValue\" value=\"{current}\">");
        if (newValue is not null) html.Append($"<input type=\"hidden\" name=\"newValue\" value=\"{newValue}\">");
        html.Append($"<input type=\"hidden\" name=\"comment\" value=\"{comment}\"><input type=\"hidden\" name=\"diffFrom\" value=\"{page.A}\"><input type=\"hidden\" name=\"returnTo\" value=\"{anchor}\"><button type=\"submit\" class=\"small {kind}\">{label}</button></form> ");
    }
}
