namespace ThiDua.Extractors.Prose;

/// <summary>
/// Cuts a text into sentences: at line breaks, and at the white space after <c>. ! ?</c> when a capital or a bullet
/// (<c>- + * •</c>) follows; after a number (<c>năm 2023. Trong</c>) only a capital counts, and never after <c>..</c> or a space.
/// Written as a loop rather than a pattern: the pattern's lookbehind made the engine try every space of the text.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            for (var i = 1; i < line.Length; i++)
            {
                if (line[i] is not ('.' or '!' or '?')) continue;
                var next = i + 1;
                while (next < line.Length && char.IsWhiteSpace(line[next])) next++;
                if (next == i + 1 || next == line.Length || !EndsSentence(line[i - 1], line[next])) continue;
                Add(sentences, line[start..(i + 1)]);
                start = next;
                i = next - 1;
            }

            Add(sentences, line[start..]);
        }

        return sentences;
    }

    private static bool EndsSentence(char before, char after) =>
        char.IsDigit(before)
            ? char.IsUpper(after)
            : !char.IsWhiteSpace(before) && before != '.' && (char.IsUpper(after) || after is '-' or '+' or '*' or '•');

    private static void Add(List<string> sentences, string piece)
    {
        var trimmed = piece.Trim();
        if (trimmed.Length > 0) sentences.Add(trimmed);
    }
}
