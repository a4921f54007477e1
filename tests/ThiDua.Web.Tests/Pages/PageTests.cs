using System.Net;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Pages;

/// <summary>The pages over HTTP: filters as a form sends them, flags marked in place, source page images, diff and dashboard answers.</summary>
public sealed class PageTests : IAsyncLifetime
{
    private WebAppHost _host = null!;
    private HttpClient _client = null!;
    private long _pdfId;
    private long _docxId;

    public async Task InitializeAsync()
    {
        _host = await WebAppHost.StartAsync();
        _client = _host.CreateClient();
        var uploaded = await _host.UploadAndWaitAsync(_client, Corpus.LargestPdf, Corpus.Docx);
        _pdfId = uploaded[0].GetProperty("documentId").GetInt64();
        _docxId = uploaded[1].GetProperty("documentId").GetInt64();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_list_takes_an_empty_filter_form_as_no_filter()
    {
        using var response = await _client.GetAsync("/documents?search=&issuer=&year=&period=&format=&status=&review=&sort=id&desc=false");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("001.pdf", html);
        Assert.Contains("000.docx", html);
        var filtered = await _client.GetStringAsync("/documents?format=docx&year=");
        Assert.DoesNotContain(">001.pdf<", filtered);
        Assert.Contains(">000.docx<", filtered);
    }

    [Fact]
    public async Task The_document_view_marks_the_known_flag_in_its_paragraph_and_links_it_from_the_flag_list()
    {
        var html = await _client.GetStringAsync($"/documents/{_pdfId}");
        var mark = System.Text.RegularExpressions.Regex.Match(html, "<mark id=\"mark-(f\\d+)\" class=\"flag-mark sev-error[^\"]*\"[^>]*>([^<]|<(?!/mark))*" + System.Text.RegularExpressions.Regex.Escape(Corpus.KnownFlagStated));
        Assert.True(mark.Success, "the sum that does not add up is marked where it stands");
        var flagId = mark.Groups[1].Value;
        Assert.Contains($"<li id=\"flag-{flagId}\"", html);
        Assert.Contains($"data-goto=\"mark-{flagId}\"", html);
        Assert.Contains("flagged-cell", html);
        Assert.Contains("id=\"source-page\"", html);
    }

    [Fact]
    public async Task A_pdf_page_is_rendered_as_png_and_a_word_document_has_no_page_images()
    {
        using var image = await _client.GetAsync($"/documents/{_pdfId}/pages/2.png");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        var bytes = await image.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        using var beyond = await _client.GetAsync($"/documents/{_pdfId}/pages/999.png");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
        using var word = await _client.GetAsync($"/documents/{_docxId}/pages/1.png");
        Assert.Equal(HttpStatusCode.NotFound, word.StatusCode);
        Assert.DoesNotContain("id=\"source-page\"", await _client.GetStringAsync($"/documents/{_docxId}"));
    }

    [Fact]
    public async Task A_diff_with_a_missing_version_says_so()
    {
        using var page = await _client.GetAsync($"/documents/{_pdfId}/diff?from=1&to=3");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Không so sánh được v1 với v3", await page.Content.ReadAsStringAsync());
        using var api = await _client.GetAsync($"/api/documents/{_pdfId}/versions/1/diff/3");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        using var same = await _client.GetAsync($"/api/documents/{_pdfId}/versions/1/diff/1");
        Assert.Contains("\"identical\": true", await same.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dashboard_sums_the_awards_of_both_reports_in_the_official_table()
    {
        var html = await _client.GetStringAsync("/dashboard");
        Assert.Contains("2 báo cáo / reports", html);
        Assert.Contains("TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG", html);
        Assert.Contains("UBND huyện Cao Lộc", html);
        Assert.Contains("UBND xã Thanh Lò", html);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public async Task The_dashboard_counts_a_report_received_as_docx_and_pdf_once_and_lists_both_files()
    {
        var docxId = (await _host.UploadAndWaitAsync(_client, Path.Combine(TestPaths.Corpus, "docx", "001.docx")))[0].GetProperty("documentId").GetInt64();

        var html = await _client.GetStringAsync("/dashboard");

        Assert.Contains("2 báo cáo / reports, 3 tệp / files", html);
        var renditions = html[html.IndexOf("id=\"rendition-table\"", StringComparison.Ordinal)..];
        Assert.Contains($"<b><a href=\"/documents/{docxId}\">001.docx</a></b>", renditions);
        Assert.Contains($"<a href=\"/documents/{_pdfId}\">001.pdf</a>", renditions);
        Assert.DoesNotContain("000.docx", renditions);

        // the official table's total row adds 001 once (its Word rendition) and 000
        var awarded = new List<ThiDua.Extractors.Model.Award>();
        foreach (var id in new[] { docxId, _docxId })
        {
            awarded.AddRange((await _host.Store.GetExtractionAsync(id))!.Report!.Awards.Where(a => a.Status == ThiDua.Extractors.Model.Vocabulary.Statuses.Awarded));
        }

        long Sum(string recipient) => awarded.Where(a => a.Recipient == recipient).Sum(a => (long)a.Count);
        var total = System.Text.RegularExpressions.Regex.Match(html, "<tr class=\"line-total\"><td>[^<]*</td><td>[^<]*</td><td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td>");
        Assert.True(total.Success, "the summary table has a total row");
        Assert.Equal(
            [Sum(ThiDua.Extractors.Model.Vocabulary.Recipients.TapThe), Sum(ThiDua.Extractors.Model.Vocabulary.Recipients.CaNhan), Sum(ThiDua.Extractors.Model.Vocabulary.Recipients.HoGiaDinh)],
            new[] { 1, 2, 3 }.Select(i => long.Parse(total.Groups[i].Value)));
    }
}
