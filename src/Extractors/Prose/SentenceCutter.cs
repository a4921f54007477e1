namespace ThiDua.Extractors.Prose;

/// <summary>
/// Cuts a text into trimmed, non-empty pieces: at every line break, and at the white space after a sentence mark when a rule
/// accepts the characters around it. A loop rather than a pattern: a lookbehind pattern made the engine try every space of the text.
/// </summary>
public static class SentenceCutter
{
    /// <param name="text">The text to cut.</param>
    /// <param name="isMark">The characters that can end a sentence.</param>
    /// <param name="endsAt">The rule, given the character before the mark (null at the start of a line) and the first one after the white space.</param>
    public static IReadOnlyList<string> Cut(string text, Func<char, bool> isMark, Func<char?, char, bool> endsAt)
    {
        var pieces = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (!isMark(line[i])) continue;
                var next = i + 1;
                while (next < line.Length && char.IsWhiteSpace(line[next])) next++;
                if (next == i + 1 || next == line.Length || !endsAt(i > 0 ? line[i - 1] : null, line[next])) continue;
                Add(pieces, line[start..(i + 1)]);
                start = next;
                i = next - 1;
            }

            Add(pieces, line[start..]);
        }

        return pieces;
    }

    private static void Add(List<string> pieces, string piece)
    {
        var trimmed = piece.Trim();
        if (trimmed.Length > 0) pieces.Add(trimmed);
    }
}
