using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Ingest.Tests.Corpus.Changed;

/// <summary>
/// Writes a copy of a .docx with one change to its body or footnotes XML: a text snippet replaced (it must occur exactly once, or
/// its first occurrence with target <c>text@1</c>), or the text of one table cell (<c>cell:label:column</c>: the first row with a
/// cell whose text is the label, the cell at that grid column).
/// </summary>
public static partial class DocxChanger
{
    private static readonly string[] Parts = ["word/document.xml", "word/footnotes.xml"];

    /// <summary>Writes the changed copy and returns how many places were changed (1 when the change applies).</summary>
    public static int Write(string source, string destination, ReportChange change)
    {
        using var input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(destination, ZipArchiveMode.Create);
        var changed = 0;
        foreach (var entry in input.Entries)
        {
            using var read = entry.Open();
            using var buffer = new MemoryStream();
            read.CopyTo(buffer);
            var bytes = buffer.ToArray();
            if (Parts.Contains(entry.FullName, StringComparer.Ordinal))
            {
                var xml = Encoding.UTF8.GetString(bytes);
                (xml, var count) = Apply(xml, change);
                changed += count;
                bytes = Encoding.UTF8.GetBytes(xml);
            }

            using var write = output.CreateEntry(entry.FullName).Open();
            write.Write(bytes);
        }

        return changed;
    }

    private static (string Xml, int Count) Apply(string xml, ReportChange change)
    {
        if (change.Target is "text" or "text@1")
        {
            var count = Regex.Matches(xml, Regex.Escape(change.Original)).Count;
            if (change.Target == "text@1") count = Math.Min(count, 1);
            var at = xml.IndexOf(change.Original, StringComparison.Ordinal);
            return count == 1 && change.Target == "text@1"
                ? (xml[..at] + change.Changed + xml[(at + change.Original.Length)..], 1)
                : (xml.Replace(change.Original, change.Changed, StringComparison.Ordinal), count);
        }

        var target = change.Target.Split(':');
        var (label, column) = (target[1], int.Parse(target[2], System.Globalization.CultureInfo.InvariantCulture));
        foreach (Match row in TableRow().Matches(xml))
        {
            var cells = Cell().Matches(row.Value).ToList();
            if (!cells.Any(c => TextOf(c.Value).Trim() == label)) continue;
            var grid = 0;
            foreach (var cell in cells)
            {
                if (grid == column)
                {
                    if (TextOf(cell.Value).Trim() != change.Original) return (xml, 0);
                    var text = CellText().Match(cell.Value);
                    var start = row.Index + cell.Index + text.Groups["t"].Index;
                    return (xml[..start] + change.Changed + xml[(start + text.Groups["t"].Length)..], 1);
                }

                grid += GridSpan().Match(cell.Value) is { Success: true } span ? int.Parse(span.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            }

            return (xml, 0);
        }

        return (xml, 0);
    }

    private static string TextOf(string cell) => string.Concat(CellText().Matches(cell).Select(m => m.Groups["t"].Value));

    [GeneratedRegex(@"<w:tr[ >].*?</w:tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<w:tc(?:>| [^>]*>).*?</w:tc>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<w:t(?: [^>]*)?>(?<t>[^<]*)</w:t>")]
    private static partial Regex CellText();

    [GeneratedRegex(@"<w:gridSpan w:val=""(\d+)""")]
    private static partial Regex GridSpan();
}
