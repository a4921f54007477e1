using CorpusMaker.Tdm;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>The header block: a borderless 2-column table, issuer and number on the left, motto and date on the right.</summary>
public sealed class HeaderBlockWriter(InlineRunWriter runs)
{
    private const int LeftWidth = 3686;
    private const int RightWidth = 5670;
    private const int Indent = -142;
    private const int SmallHalfPoints = 26;
    private const int IssuerRuleWidth = 1300;
    private const int MottoRuleWidth = 3500;

    public Table Write(TdmHeader header)
    {
        var table = TableFrame.Create([LeftWidth, RightWidth], bordered: false, Indent);
        if (header.Issuers.Count > 0 || header.Mottos.Count > 0)
        {
            table.Append(Row(IssuerParagraphs(header.Issuers), MottoParagraphs(header.Mottos)));
        }

        if (header.Number is not null || header.Date is not null)
        {
            var number = header.Number is null ? [] : new[] { Line(header.Number, new TextStyle(false, false, SmallHalfPoints), 120) };
            var date = header.Date is null ? [] : new[] { Line(header.Date, new TextStyle(false, true, TextStyle.BodyHalfPoints), 120) };
            table.Append(Row(number, date));
        }

        return table;
    }

    private IEnumerable<Paragraph> IssuerParagraphs(IReadOnlyList<string> issuers) =>
        WithRule(
            issuers.Select((line, index) => Line(line, new TextStyle(IssuerEmphasis.IsBold(issuers, index), false, SmallHalfPoints), 0)),
            LeftWidth,
            IssuerRuleWidth);

    private IEnumerable<Paragraph> MottoParagraphs(IReadOnlyList<string> mottos) =>
        WithRule(
            mottos.Select((line, index) => Line(line, new TextStyle(true, false, index == 0 ? SmallHalfPoints : TextStyle.BodyHalfPoints), 0)),
            RightWidth,
            MottoRuleWidth);

    private static IEnumerable<Paragraph> WithRule(IEnumerable<Paragraph> lines, int cellWidth, int ruleWidth)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            list.Add(RuleParagraph.Create(cellWidth, ruleWidth));
        }

        return list;
    }

    private Paragraph Line(string text, TextStyle style, int before) =>
        ParagraphFactory.Create(ParagraphFormat.Compact(JustificationValues.Center).WithSpacingBefore(before), runs.Write(text, style, 0));

    private static TableRow Row(IEnumerable<Paragraph> left, IEnumerable<Paragraph> right) =>
        new(Cell(LeftWidth, left), Cell(RightWidth, right));

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(TableFrame.CellProperties(width, 1, null, false));
        var list = paragraphs.ToList<OpenXmlElement>();
        cell.Append(list.Count > 0 ? list : [ParagraphFactory.Empty(ParagraphFormat.Compact(JustificationValues.Center))]);
        return cell;
    }
}
