using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Knowledge;

public sealed class KnowledgeFileTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_short_rows_are_padded()
    {
        var file = KnowledgeFile.Parse("t.tsv", "# a comment\n\nword\tcode\tnote\r\nbáo cáo\tbao_cao\n  # indented comment\nkế hoạch\tke_hoach\tx\n");

        Assert.Equal(["word", "code", "note"], file.Columns);
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("", file.Field(file.Rows[0], "note"));
        Assert.Equal("ke_hoach", file.Field(file.Rows[1], "code"));
        Assert.Throws<KeyNotFoundException>(() => file.Field(file.Rows[0], "missing"));
    }

    [Fact]
    public void Every_embedded_knowledge_file_has_a_header_and_rows_with_no_extra_fields()
    {
        var names = typeof(KnowledgeFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(KnowledgeFile.ResourcePrefix, StringComparison.Ordinal))
            .ToList();

        Assert.Contains(KnowledgeFile.ResourcePrefix + "document-types.tsv", names);
        foreach (var name in names)
        {
            var file = KnowledgeFile.Load(name[KnowledgeFile.ResourcePrefix.Length..]);
            Assert.True(file.Columns.Count >= 2, name);
            Assert.NotEmpty(file.Rows);
            Assert.All(file.Rows, r => Assert.Equal(file.Columns.Count, r.Count));
        }
    }

    [Fact]
    public void Document_types_come_from_the_data_file()
    {
        Assert.Equal(("ke_hoach", "PHÁT ĐỘNG"), DocumentTypes.Match("KẾ HOẠCH PHÁT ĐỘNG"));
        Assert.Null(DocumentTypes.Match("BÁO CÁOX"));
        Assert.Equal(KnowledgeCatalog.DocumentTypes.Rows.Count, DocumentTypes.All.Count);
    }
}
