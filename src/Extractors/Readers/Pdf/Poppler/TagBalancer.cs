using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>
/// Repairs the inline markup of one <c>pdftohtml -xml</c> text element, which Poppler may emit crossed
/// (<c>&lt;b&gt;a &lt;i&gt;b&lt;/b&gt; c&lt;/i&gt;</c>): a closing tag that is not the innermost open one closes the
/// tags opened after it and opens them again after itself; a closing tag with no opening one is dropped; tags still
/// open at the end are closed. Text and entities are left as they are.
/// </summary>
public static partial class TagBalancer
{
    public static string Balance(string line)
    {
        if (!line.StartsWith("<text", StringComparison.Ordinal)) return line;
        var start = line.IndexOf('>');
        var end = line.LastIndexOf("</text>", StringComparison.Ordinal);
        if (start < 0 || end < start) return line;
        var inner = line.AsSpan(start + 1, end - start - 1).ToString();
        var tags = InlineTag().Matches(inner);
        if (tags.Count == 0) return line;
        var open = new List<(string Name, string Tag)>();
        var sb = new StringBuilder(line.Length + 16).Append(line, 0, start + 1);
        var at = 0;
        foreach (Match tag in tags)
        {
            sb.Append(inner, at, tag.Index - at);
            at = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            if (tag.Groups["close"].Success)
            {
                var i = open.FindLastIndex(o => o.Name == name);
                if (i < 0) continue;
                for (var k = open.Count - 1; k > i; k--) sb.Append("</").Append(open[k].Name).Append('>');
                sb.Append("</").Append(name).Append('>');
                var reopened = open.Skip(i + 1).ToList();
                open.RemoveRange(i, open.Count - i);
                foreach (var o in reopened)
                {
                    sb.Append(o.Tag);
                    open.Add(o);
                }
            }
            else if (tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                sb.Append(tag.Value);
            }
            else
            {
                sb.Append(tag.Value);
                open.Add((name, tag.Value));
            }
        }

        sb.Append(inner, at, inner.Length - at);
        for (var k = open.Count - 1; k >= 0; k--) sb.Append("</").Append(open[k].Name).Append('>');
        return sb.Append(line, end, line.Length - end).ToString();
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z]+)\b[^<>]*>")]
    private static partial Regex InlineTag();
}
