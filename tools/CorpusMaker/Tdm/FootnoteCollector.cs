namespace CorpusMaker.Tdm;

/// <summary>Collects footnote bodies: <c>[^N]: first paragraph</c> and <c>[^N]+ more</c>.</summary>
public sealed class FootnoteCollector(Diagnostics diagnostics)
{
    private readonly Dictionary<int, List<string>> bodies = [];

    public void AddFirst(int number, string text, int line)
    {
        if (bodies.ContainsKey(number))
        {
            diagnostics.Warn(line, $"footnote [^{number}] is defined twice; the paragraphs are joined");
            bodies[number].Add(text);
            return;
        }

        bodies[number] = [text];
    }

    public void AddContinuation(int number, string text, int line)
    {
        if (!bodies.TryGetValue(number, out var paragraphs))
        {
            diagnostics.Warn(line, $"continuation [^{number}]+ before its first paragraph [^{number}]:");
            bodies[number] = [text];
            return;
        }

        paragraphs.Add(text);
    }

    public IReadOnlyDictionary<int, IReadOnlyList<string>> Build() =>
        bodies.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
}
