using ThiDua.Extractors.Readers.Pdf.Layout;
using ThiDua.Extractors.Readers.Pdf.PdfPig;
using ThiDua.Extractors.Readers.Pdf.Roles;

namespace ThiDua.Extractors.Tests.Readers.Pdf.Roles;

/// <summary>The shipped line-role model loads and reads a known page of the corpus (001.pdf, page 2) as a person does.</summary>
public class LineRoleModelTests
{
    [Fact]
    public void Shipped_model_loads_and_reads_headings_body_footnotes_and_page_number_of_a_known_page()
    {
        var model = LineRoleModel.Default;
        Assert.NotNull(model);

        var pages = new PdfPigTextEngine().Extract(Path.Combine(TestPaths.Corpus, "pdf", "001.pdf"), CancellationToken.None).Pages;
        var lines = pages.Select(LineBuilder.Build).ToList();
        var metrics = DocumentMetrics.From(lines);
        var context = LineRoleContext.Of(pages, lines);
        var page = lines[1];
        var roles = model.Predict(page.Select((_, i) => LineFeatureExtractor.Extract(pages[1], page, i, metrics, context)).ToList());
        LineRole RoleOf(string start) => roles[page.FindIndex(l => l.Text.Contains(start, StringComparison.Ordinal))].Role;

        Assert.Equal(LineRole.PageFurniture, roles[0].Role); // the page number "2" at the top
        Assert.Equal(LineRole.Heading, RoleOf("II. KẾT QUẢ THỰC HIỆN"));
        Assert.Equal(LineRole.Heading, RoleOf("1. Lãnh đạo, chỉ đạo"));
        Assert.Equal(LineRole.Body, RoleOf("tục đổi mới công tác thi đua"));
        Assert.Equal(LineRole.Body, RoleOf("Lạng Sơn phát động thi đua"));
        Assert.Equal(LineRole.FootnoteBody, RoleOf("Quyết định số 1239/QĐ-UBND"));
    }
}
