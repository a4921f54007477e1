using CorpusMaker.Tdm;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>The closing block: a borderless 2-column table, <c>Nơi nhận:</c> and its lines left, the signature right.</summary>
public sealed class ClosingBlockWriter(InlineRunWriter runs)
{
    private const string RecipientsLabel = "Nơi nhận:";
    private const int RecipientsHalfPoints = 22;
    private const int LabelHalfPoints = 24;

    public Table Write(TdmClosing closing, int width)
    {
        var left = width * 45 / 100;
        var right = width - left;
        var table = TableFrame.Create([left, right], bordered: false);
        table.Append(new TableRow(
            Cell(left, RecipientParagraphs(closing)),
            Cell(right, SignatureParagraphs(closing))));
        return table;
    }

    private IEnumerable<Paragraph> RecipientParagraphs(TdmClosing closing)
    {
        var lines = closing.Recipients.ToList();
        var label = RecipientsLabel;
        if (lines.Count > 0 && lines[0].Replace("*", string.Empty, StringComparison.Ordinal).StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase))
        {
            label = lines[0].Replace("*", string.Empty, StringComparison.Ordinal);
            lines.RemoveAt(0);
        }

        yield return Line(label, new TextStyle(true, true, LabelHalfPoints), JustificationValues.Left, 240, closing.Line);
        foreach (var line in lines)
        {
            yield return Line(line, new TextStyle(false, false, RecipientsHalfPoints), JustificationValues.Left, 0, closing.Line);
        }
    }

    private IEnumerable<Paragraph> SignatureParagraphs(TdmClosing closing)
    {
        var first = true;
        foreach (var line in closing.Signature)
        {
            var before = first ? 240 : 0;
            first = false;
            yield return line == "."
                ? ParagraphFactory.Empty(ParagraphFormat.Compact(JustificationValues.Center))
                : Line(line, TextStyle.BodyBold, JustificationValues.Center, before, closing.Line);
        }
    }

    private Paragraph Line(string text, TextStyle style, JustificationValues justification, int before, int line) =>
        ParagraphFactory.Create(ParagraphFormat.Compact(justification).WithSpacingBefore(before), runs.Write(text, style, line));

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(TableFrame.CellProperties(width, 1, null, false));
        var list = paragraphs.ToList<OpenXmlElement>();
        cell.Append(list.Count > 0 ? list : [ParagraphFactory.Empty(ParagraphFormat.Compact(JustificationValues.Center))]);
        return cell;
    }
}
