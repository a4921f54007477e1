using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Labels;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// One document: its header facts, versions and review state; the flags, awards, checks and corrections beside the
/// extracted structure; for a PDF, the source page image beside the text.
/// </summary>
public static class DocumentView
{
    public static HtmlBuilder Render(ReviewContext review, IReadOnlyList<ExtractionVersion> versions)
    {
        var document = review.Document;
        var report = review.Report;
        var meta = report.Document;
        var extraction = new HtmlBuilder();
        StructureView.Write(extraction, review);

        var html = new HtmlBuilder();
        html.Append($"<div class=\"doc-head\"><h1>{meta.Title ?? document.FileName}</h1>");
        html.Append($"<p class=\"facts\"><span title=\"Tệp / file\">{document.FileName}</span> · <span title=\"Cơ quan ban hành / issuer\">{meta.Issuer ?? "—"}</span>");
        if (meta.Number is not null || meta.Symbol is not null) html.Append($" · Số {meta.Number ?? "…"}/{meta.Symbol}");
        if (meta.Date.Year is not null) html.Append($" · {meta.Place} ngày {meta.Date.Day?.ToString() ?? "…"}/{meta.Date.Month?.ToString() ?? "…"}/{meta.Date.Year}");
        var period = UiLabels.Period(meta.Period?.Year, meta.Period?.Part);
        if (period.Length > 0) html.Append($" · Kỳ báo cáo: {period}");
        html.Append($" · {UiLabels.Vi(report.Source.Format)}{(report.Source.PageCount is { } pages ? $", {pages} trang" : string.Empty)}</p>");
        WriteVersions(html, review, versions);
        WriteReviewState(html, review);
        html.Append($"</div>");
        if (!review.CanEdit) html.Append($"<p class=\"message\">Bạn đang xem với quyền người xem: không sửa được / You are signed in as a viewer: corrections are disabled.</p>");
        if (review.Refused is { IsValueCorrection: false } refusedDecision)
        {
            html.Append($"<p class=\"message error\" id=\"correction-refused\" role=\"alert\">Không lưu được / Not saved: {refusedDecision.Message}</p>");
        }

        var hasPages = report.Source.Format == "pdf" && report.Source.PageCount is > 0;
        html.Append($"<div class=\"doc-grid{(hasPages ? " with-pages" : string.Empty)}\"><aside class=\"review\">");
        FlagPanel.Write(html, review);
        AwardPanel.Write(html, review);
        CheckPanel.Write(html, review);
        CorrectionPanel.Write(html, review);
        html.Append($"</aside><article class=\"extraction\" id=\"extraction\">{extraction}</article>");
        if (hasPages) WriteSourcePage(html, document.Id, report.Source.PageCount!.Value);
        html.Append($"</div>");
        if (review.CanEdit) WriteCorrectionDialog(html, review);
        return html;
    }

    private static void WriteVersions(HtmlBuilder html, ReviewContext review, IReadOnlyList<ExtractionVersion> versions)
    {
        html.Append($"<p class=\"versions\">Phiên bản trích xuất / versions: ");
        foreach (var version in versions)
        {
            if (version.Version == review.Version) html.Append($"<b class=\"current\" title=\"{version.PipelineVersion}\">v{version.Version}</b> ");
            else html.Append($"<a href=\"/documents/{review.Document.Id}?version={version.Version}\" title=\"{version.PipelineVersion}\">v{version.Version}</a> ");
        }

        if (versions.Count > 1)
        {
            var previous = versions.Where(v => v.Version < review.Version).Select(v => v.Version).DefaultIfEmpty(versions[0].Version).Max();
            var from = previous == review.Version ? versions[0].Version : previous;
            var to = previous == review.Version ? versions[^1].Version : review.Version;
            html.Append($" · <a class=\"button\" href=\"/documents/{review.Document.Id}/diff?from={from}&amp;to={to}\">So sánh v{from} ↔ v{to} / Compare</a>");
        }

        html.Append($" · <a href=\"/api/documents/{review.Document.Id}?version={review.Version}\">JSON</a></p>");
    }

    private static void WriteReviewState(HtmlBuilder html, ReviewContext review)
    {
        var state = review.Document.ReviewState;
        html.Append($"<div class=\"review-state\">Trạng thái duyệt / review: <span class=\"state state-{state}\">{UiLabels.Vi(state)}</span>");
        if (review.CanEdit)
        {
            html.Append($"<form method=\"post\" action=\"/documents/{review.Document.Id}/review\" class=\"inline\">{review.TokenField}<select name=\"state\" aria-label=\"Trạng thái duyệt\">");
            foreach (var option in new[] { ReviewStates.Unreviewed, ReviewStates.InReview, ReviewStates.Reviewed })
            {
                html.Append($"<option value=\"{option}\"{(option == state ? new Markup(" selected") : Markup.Empty)}>{UiLabels.Vi(option)}</option>");
            }

            html.Append($"</select> <button type=\"submit\" class=\"small\">Lưu</button></form>");
        }

        html.Append($"</div>");
    }

    private static void WriteSourcePage(HtmlBuilder html, long documentId, int pageCount) =>
        html.Append($"""
            <aside class="source-page" id="source-page" data-document="{documentId}" data-pages="{pageCount}">
            <div class="page-nav"><button type="button" class="small" data-page-step="-1" aria-label="Trang trước">‹</button> Bản gốc, trang <span id="page-number">1</span>/{pageCount} <button type="button" class="small" data-page-step="1" aria-label="Trang sau">›</button></div>
            <img id="page-image" src="/documents/{documentId}/pages/1.png" alt="Trang của bản gốc PDF / the source PDF page">
            </aside>
            """);

    /// <summary>The value dialog; a refused correction comes back in it with what was typed and the reason beside the field.</summary>
    private static void WriteCorrectionDialog(HtmlBuilder html, ReviewContext review)
    {
        var refused = review.Refused is { IsValueCorrection: true } r ? r : null;
        var typed = refused?.Candidate;
        html.Append($"""
            <dialog id="correction-dialog"{(refused is null ? Markup.Empty : new Markup(" data-refused=\"true\""))}>
            <form method="post" action="/documents/{review.Document.Id}/corrections">
            {review.TokenField}
            <input type="hidden" name="version" value="{review.Version}">
            <input type="hidden" name="target" id="correction-target" value="{typed?.Target}">
            <input type="hidden" name="oldValue" id="correction-old" value="{typed?.OldValue}">
            <input type="hidden" name="returnTo" id="correction-return" value="{refused?.ReturnTo}">
            <h2>Sửa số liệu <small>Correct a value</small></h2>
            <p id="correction-label">{typed?.Target}</p>
            <p>Giá trị hiện tại / current value: <b id="correction-old-text">{typed?.OldValue ?? "—"}</b></p>
            <label>Giá trị đúng / correct value <input name="newValue" id="correction-new" required autocomplete="off" aria-describedby="correction-error" value="{typed?.NewValue}"{(refused is null ? Markup.Empty : new Markup(" aria-invalid=\"true\""))}></label>
            <p class="muted hint">Số thập phân dùng dấu chấm, không dấu phân cách hàng nghìn: 1234.5 / A dot for decimals, no thousands separator: 1234.5</p>
            <p class="field-error" id="correction-error" role="alert"{(refused is null ? new Markup(" hidden") : Markup.Empty)}>{refused?.Message}</p>
            <label>Ghi chú / comment <input name="comment" id="correction-comment" autocomplete="off" value="{typed?.Comment}"></label>
            <div class="dialog-buttons"><button type="submit">Lưu sửa đổi / Save</button> <button type="button" class="secondary" data-close-dialog>Hủy / Cancel</button></div>
            </form>
            </dialog>
            """);
    }
}
