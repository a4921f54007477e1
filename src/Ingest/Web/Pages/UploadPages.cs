using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Ingest.Web.Security;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The upload page: drop many files, each goes up on its own with a progress bar, then its ingestion progress.</summary>
public static class UploadPages
{
    public static void MapUploadPages(this IEndpointRouteBuilder app) =>
        app.MapGet("/upload", (HttpContext http, WebOptions options) =>
            {
                var html = new HtmlBuilder();
                html.Append($"<h1>Tải báo cáo lên <small>Upload reports</small></h1>");
                if (!CurrentUser.IsReviewer(http.User))
                {
                    html.Append($"<p class=\"message error\">Tài khoản người xem không được tải lên / A viewer account cannot upload.</p>");
                    return PageLayout.Page(http, "Tải lên", "/upload", html);
                }

                html.Append($"""
                    <div class="dropzone" id="dropzone" data-max-bytes="{options.MaxFileBytes}" data-max-files="{options.MaxFilesPerUpload}">
                    <p><b>Kéo và thả các tệp báo cáo vào đây</b><br>Drop report files here</p>
                    <p>hoặc / or <label class="button">chọn tệp / choose files<input type="file" id="file-input" name="files" multiple hidden></label></p>
                    <p class="muted">Word (.docx, .doc), PDF, RTF, ODT · tối đa {options.MaxFileBytes / 1024 / 1024} MB mỗi tệp / at most {options.MaxFileBytes / 1024 / 1024} MB per file. Định dạng được nhận ra từ nội dung tệp, không từ đuôi tên / the format is read from the bytes, not the extension.</p>
                    </div>
                    <table class="uploads" id="upload-list" hidden><thead><tr><th>Tệp / file</th><th>Tải lên / upload</th><th>Xử lý / processing</th></tr></thead><tbody></tbody></table>
                    <p id="upload-summary" class="muted" aria-live="polite"></p>
                    """);
                return PageLayout.Page(http, "Tải lên", "/upload", html);
            })
            .ExcludeFromDescription();
}
