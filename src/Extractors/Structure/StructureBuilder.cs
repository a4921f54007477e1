using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Turns a LayoutDocument into the canonical model (awards, figures and flags left empty for later stages):
/// header metadata, the heading tree with paragraph and table blocks, footnotes linked both ways, the closing block
/// (recipients, signer) and the appendices as top-level sections.
/// </summary>
public sealed class StructureBuilder(Func<string, decimal?> cellValue)
{
    public Report Build(LayoutDocument layout, SourceInfo source)
    {
        var formattingKnown = HasFormatting(layout);
        var items = TableContinuations.Merge(Flatten(layout.Blocks));
        var header = HeaderBlockParser.Parse(items, formattingKnown);
        var (closingStart, closingEnd) = FindClosing(items, header.BodyStart);

        var ids = new IdAllocator();
        var footnoteIds = layout.Footnotes.ToDictionary(f => f.Id, _ => ids.Next("fn"));
        var citations = new FootnoteCitations(footnoteIds);
        var tables = new List<Table>();
        var tree = new SectionTreeBuilder(ids);
        var bodyParagraphs = new List<string>();

        new BodyParser(tree, ids, citations, tables, cellValue, formattingKnown).Parse(items, header.BodyStart, closingStart, bodyParagraphs);
        var closing = ClosingBlockParser.Parse(LinesOf(items, closingStart, closingEnd));
        var appendixParagraphs = new AppendixParser(tree, ids, citations, tables, cellValue, formattingKnown).Parse(items, closingEnd, items.Count);

        var document = new DocumentMeta(
            header.Number,
            header.Symbol,
            header.DocType,
            header.Title,
            header.Place,
            header.Date,
            PeriodParser.Parse(header.Title),
            IssuerInference.Infer(header.IssuerLines, bodyParagraphs, appendixParagraphs, PlaceName(header.Place)),
            closing.Signer,
            closing.Recipients);

        var footnotes = layout.Footnotes.Select(f => new Footnote(
            footnoteIds[f.Id],
            f.Marker,
            string.Join("\n", f.Paragraphs.Select(p => TextNormalizer.Clean(p.Text)).Where(t => t.Length > 0)),
            citations.RefsOf(f.Id),
            f.Page)).ToArray();

        return new Report(Report.CurrentSchemaVersion, source with { PageCount = source.PageCount ?? layout.PageCount, Warnings = [.. source.Warnings, .. layout.Warnings] }, document, tree.Build(), footnotes, tables, [], [], []);
    }

    private static bool HasFormatting(LayoutDocument layout) =>
        layout.Blocks.OfType<LayoutParagraph>().Any(p => p.Runs.Any(r => r.Format.Bold && r.Text.Any(char.IsLetter)));

    private static List<DocItem> Flatten(IReadOnlyList<LayoutBlock> blocks)
    {
        var items = new List<DocItem>(blocks.Count);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    items.Add(new LineDocItem(new LineItem(paragraph)));
                    break;
                case LayoutTable table when ArrangementTables.IsArrangement(table):
                    items.AddRange(ArrangementTables.Flatten(table).Select(p => new LineDocItem(new LineItem(p))));
                    break;
                case LayoutTable table:
                    items.Add(new TableDocItem(table));
                    break;
            }
        }

        return items;
    }

    /// <summary>The closing block starts at <c>Nơi nhận</c> or a signature authority line and ends after the signer's name.</summary>
    private static (int Start, int End) FindClosing(IReadOnlyList<DocItem> items, int bodyStart)
    {
        var start = -1;
        for (var i = bodyStart; i < items.Count; i++)
        {
            if (items[i] is LineDocItem { Line: var line } && (ClosingBlockParser.IsRecipientsHeader(line.Text) || ClosingBlockParser.IsAuthorityLine(line.Text) && line.Text.Length < 60))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            var appendixStart = AppendixStartWithoutClosing(items, bodyStart);
            return (appendixStart, appendixStart);
        }

        var end = start + 1;
        var lastName = -1;
        for (var i = start + 1; i < items.Count && i - start < 40; i++)
        {
            if (items[i] is not LineDocItem { Line: var line }) break;
            if (line.IsEmpty) continue;
            if (AppendixTitles.MatchLabel(line.Text) is not null) break;
            if (lastName >= 0 && line.IsAllCaps && line.Text.Length > 40) break;
            if (ClosingBlockParser.LooksLikeName(line.Text) && !line.IsAllCaps) lastName = i;
            end = i + 1;
            if (lastName >= 0 && i > lastName) break;
        }

        return (start, lastName >= 0 ? lastName + 1 : end);
    }

    private static int AppendixStartWithoutClosing(IReadOnlyList<DocItem> items, int bodyStart)
    {
        for (var i = bodyStart; i < items.Count; i++)
        {
            if (items[i] is LineDocItem { Line: var line } && line.Text.Length < 120 && AppendixTitles.MatchLabel(line.Text) is not null) return i;
        }

        return items.Count;
    }

    private static List<string> LinesOf(IReadOnlyList<DocItem> items, int start, int end) =>
        items.Skip(start).Take(end - start).OfType<LineDocItem>().Select(i => i.Line.Text).ToList();

    /// <summary><c>Thị trấn Bắc Sơn</c> names the place <c>Bắc Sơn</c>; the level word is not part of the name.</summary>
    private static string? PlaceName(string? place)
    {
        if (place is null) return null;
        foreach (var level in new[] { "Thị trấn ", "thị trấn ", "Xã ", "xã ", "Phường ", "phường ", "Huyện ", "huyện ", "Thị xã ", "Thành phố " })
        {
            if (place.StartsWith(level, StringComparison.Ordinal)) return place[level.Length..];
        }

        return place;
    }
}
