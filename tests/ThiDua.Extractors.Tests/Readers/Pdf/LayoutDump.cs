using System.Text;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>Renders a layout as text for eyeballing and diagnostics: one line per paragraph, tables as rows of cells.</summary>
public static class LayoutDump
{
    public static string Render(LayoutDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case LayoutParagraph p:
                    sb.Append("[p").Append(p.Page).Append(' ').Append(p.Format.Alignment).Append(p.Runs.All(r => r.Format.Bold) ? " B" : "").Append("] ");
                    foreach (var r in p.Runs) sb.Append(r.FootnoteId is null ? r.Text : "^[" + r.FootnoteId + "]");
                    sb.AppendLine();
                    break;
                case LayoutTable t:
                    sb.Append("[table p").Append(t.Page).Append(" header=").Append(t.HeaderRows).AppendLine("]");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("  | ").AppendJoin(" | ", row.Select(c => c.Text + (c.RowSpan > 1 || c.ColSpan > 1 ? $" <{c.RowSpan}x{c.ColSpan}>" : ""))).AppendLine();
                    }

                    break;
            }
        }

        foreach (var f in doc.Footnotes)
        {
            sb.Append("[fn ").Append(f.Id).Append(" p").Append(f.Page).Append("] ").AppendJoin(" / ", f.Paragraphs.Select(p => p.Text)).AppendLine();
        }

        foreach (var w in doc.Warnings) sb.Append("[warn] ").AppendLine(w);
        return sb.ToString();
    }
}
