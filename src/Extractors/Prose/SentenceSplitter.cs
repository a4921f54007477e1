namespace ThiDua.Extractors.Prose;

/// <summary>
/// Cuts a text into sentences: at line breaks, and at the white space after <c>. ! ?</c> when a capital or a bullet
/// (<c>- + * •</c>) follows; after a number (<c>năm 2023. Trong</c>) only a capital counts, and never after <c>..</c> or a space.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text) =>
        SentenceCutter.Cut(text, c => c is '.' or '!' or '?', (before, after) => before is { } b && EndsSentence(b, after));

    private static bool EndsSentence(char before, char after) =>
        char.IsDigit(before)
            ? char.IsUpper(after)
            : !char.IsWhiteSpace(before) && before != '.' && (char.IsUpper(after) || after is '-' or '+' or '*' or '•');
}
