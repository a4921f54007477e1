using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Turns a <c>w:p</c> into a LayoutParagraph: visible text of runs, hyperlinks, fields (results kept, instructions dropped),
/// insertions kept and deletions dropped, footnote and endnote references as marked runs, automatic numbering as a label.
/// </summary>
public sealed class ParagraphConverter(StyleResolver styles, NumberingRenderer numbering, NoteMarkers noteMarkers)
{
    public LayoutParagraph Convert(Paragraph paragraph, bool renderNumbering = true)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var builder = new RunTextBuilder();
        var fields = new FieldState();
        foreach (var child in paragraph.ChildElements) Walk(child, styleId, builder, fields);
        var format = new ParagraphFormat(
            Alignment(properties, styleId),
            renderNumbering ? ListLabel(properties, styleId) : null,
            properties?.OutlineLevel?.Val?.Value ?? styles.FromParagraphStyle(styleId, s => s.OutlineLevel?.Val is { } v ? (int?)v.Value : null),
            styles.StyleName(styleId));
        return new LayoutParagraph(builder.Build(), format, null);
    }

    private void Walk(OpenXmlElement element, string? styleId, RunTextBuilder builder, FieldState fields)
    {
        switch (element)
        {
            case Run run:
                ConvertRun(run, styleId, builder, fields);
                break;
            case DeletedRun or MoveFromRun or ParagraphProperties or SdtProperties or SdtEndCharProperties:
                break;
            case AlternateContent alternate:
                if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice) Walk(choice, styleId, builder, fields);
                break;
            case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                builder.Append(element.InnerText, styles.ResolveRun(styleId, null));
                break;
            default:
                foreach (var child in element.ChildElements) Walk(child, styleId, builder, fields);
                break;
        }
    }

    private void ConvertRun(Run run, string? styleId, RunTextBuilder builder, FieldState fields)
    {
        var format = styles.ResolveRun(styleId, run.RunProperties);
        string? customMarkNoteId = null;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    fields.Apply(SafeEnum.Get(fieldChar.FieldCharType));
                    break;
                case Text text when fields.ShowsText:
                    if (customMarkNoteId is not null)
                    {
                        noteMarkers.SetCustomMark(customMarkNoteId, text.Text);
                        builder.AppendFootnoteReference(text.Text, format, customMarkNoteId);
                        customMarkNoteId = null;
                    }
                    else
                    {
                        builder.Append(text.Text, format);
                    }

                    break;
                case TabChar or PositionalTab when fields.ShowsText:
                    builder.Append("\t", format);
                    break;
                case Break lineBreak when fields.ShowsText && SafeEnum.Get(lineBreak.Type) is null or BreakValues.TextWrapping:
                case CarriageReturn when fields.ShowsText:
                    builder.Append("\n", format);
                    break;
                case NoBreakHyphen when fields.ShowsText:
                    builder.Append("-", format);
                    break;
                case FootnoteReference footnote when footnote.Id?.Value is { } id:
                    customMarkNoteId = AppendNoteReference("fn" + id, endnote: false, footnote.CustomMarkFollows?.Value == true, format, builder);
                    break;
                case EndnoteReference endnote when endnote.Id?.Value is { } id:
                    customMarkNoteId = AppendNoteReference("en" + id, endnote: true, endnote.CustomMarkFollows?.Value == true, format, builder);
                    break;
            }
        }
    }

    private string? AppendNoteReference(string noteId, bool endnote, bool customMarkFollows, RunFormat format, RunTextBuilder builder)
    {
        if (customMarkFollows) return noteId;
        builder.AppendFootnoteReference(noteMarkers.MarkFor(noteId, endnote), format, noteId);
        return null;
    }

    private ParagraphAlignment Alignment(ParagraphProperties? properties, string? styleId)
    {
        var justification = SafeEnum.Get(properties?.Justification?.Val)
            ?? styles.FromParagraphStyle(styleId, s => SafeEnum.Get(s.Justification?.Val));
        return justification switch
        {
            JustificationValues.Center => ParagraphAlignment.Center,
            JustificationValues.Both or JustificationValues.Distribute => ParagraphAlignment.Justify,
            JustificationValues.Right or JustificationValues.End => ParagraphAlignment.Right,
            JustificationValues.Left or JustificationValues.Start => ParagraphAlignment.Left,
            _ => ParagraphAlignment.Unknown,
        };
    }

    private string? ListLabel(ParagraphProperties? properties, string? styleId)
    {
        // numId and ilvl inherit separately: a direct numPr may carry only the level and take the list from the style.
        var direct = properties?.NumberingProperties;
        var numId = direct?.NumberingId?.Val?.Value ?? styles.FromParagraphStyle(styleId, s => s.NumberingProperties?.NumberingId?.Val is { } v ? (int?)v.Value : null);
        if (numId is null) return null;
        var level = direct?.NumberingLevelReference?.Val?.Value
            ?? styles.FromParagraphStyle(styleId, s => s.NumberingProperties?.NumberingLevelReference?.Val is { } v ? (int?)v.Value : null)
            ?? 0;
        return numbering.Next(numId.Value, level);
    }
}
