using ThiDua.Extractors.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>A report's headings and paragraphs flattened in document order, each with the heading path it stands under.</summary>
internal sealed class ReportOutline
{
    public sealed record Heading(Section Section, Section? Parent, string Path);

    public sealed record Paragraph(Block Block, string Path);

    public IReadOnlyList<Heading> Headings { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public ReportOutline(Report report)
    {
        var headings = new List<Heading>();
        var paragraphs = new List<Paragraph>();
        foreach (var section in report.Sections) Walk(section, null, "", headings, paragraphs);
        Headings = headings;
        Paragraphs = paragraphs;
    }

    public static string Title(Section section) => string.Join(' ', new[] { section.Numbering, section.Title }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static void Walk(Section section, Section? parent, string parentPath, List<Heading> headings, List<Paragraph> paragraphs)
    {
        var title = Title(section);
        var path = title.Length == 0 ? parentPath : parentPath.Length == 0 ? title : parentPath + " › " + title;
        if (title.Length > 0) headings.Add(new Heading(section, parent, path));
        foreach (var block in section.Blocks)
        {
            if (block.Kind == Block.ParagraphKind && !string.IsNullOrWhiteSpace(block.Text)) paragraphs.Add(new Paragraph(block, path));
        }

        foreach (var child in section.Children) Walk(child, section, path, headings, paragraphs);
    }
}
