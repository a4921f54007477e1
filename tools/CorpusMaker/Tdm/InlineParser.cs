using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusMaker.Tdm;

/// <summary>
/// Splits text into runs: <c>**bold**</c>, <c>*italic*</c>, <c>[^N]</c> footnote references, <c>^{x}</c> superscript.
/// A star that cannot open or close (a bullet <c>* </c>, <c>5 * 3</c>) is a typed character.
/// </summary>
public sealed partial class InlineParser
{
    [GeneratedRegex(@"\G\[\^(?<n>\d+)\]")]
    private static partial Regex FootnoteReference();

    private readonly List<InlineRun> runs = [];
    private readonly StringBuilder buffer = new();
    private bool bold;
    private bool italic;

    /// <summary>True when the last parsed text left a <c>*</c> or <c>**</c> open.</summary>
    public bool LeftOpen => bold || italic;

    public IReadOnlyList<InlineRun> Parse(string text)
    {
        runs.Clear();
        buffer.Clear();
        bold = false;
        italic = false;
        var i = 0;
        while (i < text.Length)
        {
            i = text[i] switch
            {
                '[' => ReadFootnote(text, i),
                '^' => ReadSuperscript(text, i),
                '*' => ReadStars(text, i),
                _ => Append(text[i], i),
            };
        }

        Flush();
        return runs.ToList();
    }

    private int Append(char c, int i)
    {
        buffer.Append(c);
        return i + 1;
    }

    private int ReadFootnote(string text, int i)
    {
        var match = FootnoteReference().Match(text, i);
        if (!match.Success)
        {
            return Append('[', i);
        }

        Flush();
        runs.Add(InlineRun.Footnote(int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)));
        return i + match.Length;
    }

    private int ReadSuperscript(string text, int i)
    {
        var close = i + 1 < text.Length && text[i + 1] == '{' ? text.IndexOf('}', i + 2) : -1;
        if (close < 0)
        {
            return Append('^', i);
        }

        Flush();
        runs.Add(new InlineRun(text[(i + 2)..close], bold, italic, true, null));
        return close + 1;
    }

    private int ReadStars(string text, int i)
    {
        var count = 0;
        while (i + count < text.Length && text[i + count] == '*')
        {
            count++;
        }

        var canOpen = i + count < text.Length && !char.IsWhiteSpace(text[i + count]);
        var canClose = i > 0 && !char.IsWhiteSpace(text[i - 1]);
        if (count >= 3 && bold == italic && (bold ? canClose : canOpen))
        {
            Flush();
            bold = !bold;
            italic = !italic;
            return i + 3;
        }

        if (count >= 2 && (bold ? canClose : canOpen))
        {
            Flush();
            bold = !bold;
            return i + 2;
        }

        if (italic ? canClose : canOpen)
        {
            Flush();
            italic = !italic;
            return i + 1;
        }

        buffer.Append('*', count);
        return i + count;
    }

    private void Flush()
    {
        if (buffer.Length == 0)
        {
            return;
        }

        runs.Add(new InlineRun(buffer.ToString(), bold, italic, false, null));
        buffer.Clear();
    }
}
