using System.Xml.Linq;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Turns a <c>w:p</c> into a LayoutParagraph: visible text of runs, hyperlinks, fields (results kept, instructions dropped),
/// insertions kept and deletions dropped, footnote and endnote references as marked runs, automatic numbering as a label.
/// </summary>
public sealed class ParagraphConverter(StyleResolver styles, NumberingRenderer numbering, NoteMarkers noteMarkers)
{
    public LayoutParagraph Convert(XElement paragraph, bool renderNumbering = true)
    {
        var properties = paragraph.Element(W.PPr);
        var styleId = WordValues.Val(properties, W.PStyle);
        var builder = new RunTextBuilder();
        var fields = new FieldState();
        foreach (var child in paragraph.Elements()) Walk(child, styleId, builder, fields);
        var format = new ParagraphFormat(
            Alignment(properties, styleId),
            renderNumbering ? ListLabel(properties, styleId) : null,
            OutlineLevel(properties) ?? styles.FromParagraphStyle(styleId, OutlineLevel),
            styles.StyleName(styleId));
        return new LayoutParagraph(builder.Build(), format, null);
    }

    private void Walk(XElement element, string? styleId, RunTextBuilder builder, FieldState fields)
    {
        var name = element.Name;
        if (name == W.R)
        {
            ConvertRun(element, styleId, builder, fields);
        }
        else if (name == Mc.AlternateContent)
        {
            if (element.Element(Mc.Choice) is { } choice) WalkChildren(choice, styleId, builder, fields);
        }
        else if (name == OfficeMath.OMath || name == OfficeMath.OMathPara)
        {
            builder.Append(WordValues.InnerText(element), styles.ResolveRun(styleId, null));
        }
        else if (RunContainers.Holds(element))
        {
            WalkChildren(element, styleId, builder, fields);
        }
    }

    private void WalkChildren(XElement container, string? styleId, RunTextBuilder builder, FieldState fields)
    {
        foreach (var child in container.Elements()) Walk(child, styleId, builder, fields);
    }

    private void ConvertRun(XElement run, string? styleId, RunTextBuilder builder, FieldState fields)
    {
        var format = styles.ResolveRun(styleId, run.Element(W.RPr));
        string? customMarkNoteId = null;
        foreach (var child in run.Elements())
        {
            var name = child.Name;
            if (name == W.FldChar)
            {
                fields.Apply(child.Attribute(W.FldCharType)?.Value);
            }
            else if (name == W.FootnoteReference || name == W.EndnoteReference)
            {
                if (WordValues.Long(child.Attribute(W.Id)?.Value) is not { } id) continue;
                var endnote = name == W.EndnoteReference;
                var customMarkFollows = WordValues.OnOff(child.Attribute(W.CustomMarkFollows)?.Value) == true;
                customMarkNoteId = AppendNoteReference((endnote ? "en" : "fn") + id, endnote, customMarkFollows, format, builder);
            }
            else if (fields.ShowsText)
            {
                AppendVisible(child, name, format, builder, ref customMarkNoteId);
            }
        }
    }

    private void AppendVisible(XElement child, XName name, RunFormat format, RunTextBuilder builder, ref string? customMarkNoteId)
    {
        if (name == W.T)
        {
            var text = WordValues.Text(child);
            if (customMarkNoteId is not null)
            {
                noteMarkers.SetCustomMark(customMarkNoteId, text);
                builder.AppendFootnoteReference(text, format, customMarkNoteId);
                customMarkNoteId = null;
            }
            else
            {
                builder.Append(text, format);
            }
        }
        else if (name == W.Tab || name == W.PTab)
        {
            builder.Append("\t", format);
        }
        else if ((name == W.Br && child.Attribute(W.Type)?.Value is not ("page" or "column")) || name == W.Cr)
        {
            builder.Append("\n", format);
        }
        else if (name == W.NoBreakHyphen)
        {
            builder.Append("-", format);
        }
        else if (name == W.SoftHyphen)
        {
            // kept as the character it stands for: invisible in Unicode text, but TCVN3's ư (0xAD) when LibreOffice
            // converted a legacy .doc; the legacy transform tells which
            builder.Append("\u00AD", format);
        }
    }

    private string? AppendNoteReference(string noteId, bool endnote, bool customMarkFollows, RunFormat format, RunTextBuilder builder)
    {
        if (customMarkFollows) return noteId;
        builder.AppendFootnoteReference(noteMarkers.MarkFor(noteId, endnote), format, noteId);
        return null;
    }

    private ParagraphAlignment Alignment(XElement? properties, string? styleId)
    {
        var justification = KnownJustification(properties) ?? styles.FromParagraphStyle(styleId, KnownJustification);
        return justification switch
        {
            "center" => ParagraphAlignment.Center,
            "both" or "distribute" => ParagraphAlignment.Justify,
            "right" or "end" => ParagraphAlignment.Right,
            "left" or "start" => ParagraphAlignment.Left,
            _ => ParagraphAlignment.Unknown,
        };
    }

    /// <summary>A <c>w:jc</c> value of the schema; an unknown one reads as absent, so the style's applies.</summary>
    private static string? KnownJustification(XElement? properties)
    {
        var value = WordValues.Val(properties, W.Jc);
        return value is "left" or "start" or "center" or "right" or "end" or "both" or "mediumKashida" or "distribute" or "numTab" or "highKashida" or "lowKashida" or "thaiDistribute"
            ? value
            : null;
    }

    private static int? OutlineLevel(XElement? properties) => WordValues.Int(WordValues.Val(properties, W.OutlineLvl));

    private string? ListLabel(XElement? properties, string? styleId)
    {
        // numId and ilvl inherit separately: a direct numPr may carry only the level and take the list from the style.
        var direct = properties?.Element(W.NumPr);
        var numId = WordValues.Int(WordValues.Val(direct, W.NumId)) ?? styles.FromParagraphStyle(styleId, s => WordValues.Int(WordValues.Val(s.Element(W.NumPr), W.NumId)));
        if (numId is null) return null;
        var level = WordValues.Int(WordValues.Val(direct, W.Ilvl))
            ?? styles.FromParagraphStyle(styleId, s => WordValues.Int(WordValues.Val(s.Element(W.NumPr), W.Ilvl)))
            ?? 0;
        return numbering.Next(numId.Value, level);
    }
}
