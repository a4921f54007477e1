using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// The extraction as a reader sees it: the heading tree, paragraphs with their footnote markers, tables, then the
/// footnotes. Flags are marked where their quote stands; figures can be clicked to correct them.
/// </summary>
public static class StructureView
{
    public static void Write(HtmlBuilder html, ReviewContext review)
    {
        var report = review.Report;
        var tables = report.Tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var footnotes = report.Footnotes.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in report.Sections) WriteSection(html, review, section, tables, footnotes, written);
        foreach (var table in report.Tables.Where(t => !written.Contains(t.Id)))
        {
            TableView.Write(html, table, review.FlagsByTable[table.Id].ToList(), review.FlagAnchors);
        }

        if (report.Footnotes.Count > 0)
        {
            html.Append($"<section class=\"footnotes\"><h2>Chú thích <small>Footnotes</small></h2><ol>");
            foreach (var footnote in report.Footnotes) WriteFootnote(html, review, footnote);
            html.Append($"</ol></section>");
        }
    }

    private static void WriteSection(HtmlBuilder html, ReviewContext review, Section section, Dictionary<string, Table> tables, Dictionary<string, Footnote> footnotes, HashSet<string> written)
    {
        var level = Math.Clamp(section.Level + 1, 2, 6);
        html.Append($"<section class=\"sec\" id=\"{section.Id}\">");
        if (section.Title.Length > 0 || section.Numbering is not null)
        {
            html.Append($"<h{level}>{(section.Numbering is { } numbering ? numbering + " " : string.Empty)}{section.Title}</h{level}>");
        }

        foreach (var block in section.Blocks)
        {
            if (block.TableId is { } tableId && tables.TryGetValue(tableId, out var table))
            {
                written.Add(tableId);
                TableView.Write(html, table, review.FlagsByTable[tableId].ToList(), review.FlagAnchors);
            }
            else if (block.Text is { } text)
            {
                WriteParagraph(html, review, block, text, footnotes);
            }
        }

        foreach (var child in section.Children) WriteSection(html, review, child, tables, footnotes, written);
        html.Append($"</section>");
    }

    private static void WriteParagraph(HtmlBuilder html, ReviewContext review, Block block, string text, Dictionary<string, Footnote> footnotes)
    {
        var flags = review.FlagsByBlock[block.Id].ToList();
        html.Append($"<p id=\"{block.Id}\"{TableView.PageAttribute(block.Page)}");
        if (flags.Count > 0) html.Append($" class=\"flagged sev-{TableView.Worst(flags)}\"");
        html.Append($">");
        AnnotatedText.Write(html, text, FlagMarks(review, text, flags, block.Id), FigureMarks(review, text, block.Id));
        foreach (var reference in block.FootnoteRefs ?? [])
        {
            if (footnotes.TryGetValue(reference, out var footnote)) html.Append($"<sup class=\"fnref\"><a href=\"#{footnote.Id}\">{footnote.Marker}</a></sup>");
        }

        foreach (var flag in flags) html.Append($" <a class=\"flag-badge sev-{flag.Severity}\" href=\"#flag-{flag.Id}\" title=\"{flag.Message}\">⚠ {flag.Id}</a>");
        html.Append($"</p>\n");
    }

    private static void WriteFootnote(HtmlBuilder html, ReviewContext review, Footnote footnote)
    {
        var flags = review.FlagsByFootnote[footnote.Id].ToList();
        html.Append($"<li id=\"{footnote.Id}\"{TableView.PageAttribute(footnote.Page)}");
        if (flags.Count > 0) html.Append($" class=\"flagged sev-{TableView.Worst(flags)}\"");
        html.Append($"><span class=\"marker\">{footnote.Marker}</span> ");
        AnnotatedText.Write(html, footnote.Text, FlagMarks(review, footnote.Text, flags, footnote.Id), []);
        foreach (var reference in footnote.Refs) html.Append($" <a class=\"back\" href=\"#{reference}\" title=\"Về đoạn trích dẫn / Back to the citing paragraph\">↩</a>");
        foreach (var flag in flags) html.Append($" <a class=\"flag-badge sev-{flag.Severity}\" href=\"#flag-{flag.Id}\" title=\"{flag.Message}\">⚠ {flag.Id}</a>");
        html.Append($"</li>");
    }

    private static List<TextMark> FlagMarks(ReviewContext review, string text, List<Flag> flags, string fallbackAnchor)
    {
        var marks = new List<TextMark>();
        foreach (var flag in flags)
        {
            var anchor = "mark-" + flag.Id;
            if (AnnotatedText.Find(text, flag.Quote) is { } found && marks.All(m => found.Start >= m.End || found.Start + found.Length <= m.Start))
            {
                var attributes = new HtmlBuilder().Append($"id=\"{anchor}\" class=\"flag-mark sev-{flag.Severity} status-{review.FlagStatus(flag.Id)}\" title=\"{flag.Message}\" data-flag=\"{flag.Id}\"");
                marks.Add(new TextMark(found.Start, found.Length, "mark", attributes.ToString()));
                review.FlagAnchors.TryAdd(flag.Id, anchor);
            }
            else
            {
                review.FlagAnchors.TryAdd(flag.Id, fallbackAnchor);
            }
        }

        return marks;
    }

    private static List<TextMark> FigureMarks(ReviewContext review, string text, string blockId)
    {
        var marks = new List<TextMark>();
        var from = 0;
        foreach (var index in review.FiguresByBlock[blockId])
        {
            var figure = review.Report.Figures[index];
            if (AnnotatedText.Find(text, figure.Text, from) is not { } found) continue;
            from = found.Start + found.Length;
            var target = $"figures/{index}/value";
            var correction = review.CorrectionOf(target);
            var value = figure.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var attributes = new HtmlBuilder().Append($"class=\"fig{(correction is null ? string.Empty : " corrected")}\" id=\"fig-{index}\"");
            if (review.CanEdit)
            {
                attributes.Append($" tabindex=\"0\" role=\"button\" data-target=\"{target}\" data-old=\"{review.CurrentValue(target, value)}\" data-label=\"{figure.Text}{(figure.Unit is { } unit ? " (" + unit + ")" : string.Empty)}\"");
            }

            attributes.Append($" title=\"{(correction is null ? $"Giá trị / value: {value} {figure.Unit}" : $"Đã sửa / corrected: {correction.NewValue} ({correction.User})")}\"");
            marks.Add(new TextMark(found.Start, found.Length, "span", attributes.ToString()));
        }

        return marks;
    }
}
