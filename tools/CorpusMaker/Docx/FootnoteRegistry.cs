namespace CorpusMaker.Docx;

/// <summary>
/// Gives each source footnote number its Word footnote id at its first reference (ids 1, 2, 3 ... in document order,
/// which is also the number Word prints).
/// </summary>
public sealed class FootnoteRegistry(Diagnostics diagnostics)
{
    private readonly Dictionary<int, long> ids = [];
    private readonly List<int> order = [];

    /// <summary>Source numbers in order of first reference.</summary>
    public IReadOnlyList<int> Order => order;

    /// <summary>The Word id (= printed number) of the footnote, and whether this is its first reference.</summary>
    public (long Id, bool First) Reference(int number, int line)
    {
        if (ids.TryGetValue(number, out var existing))
        {
            diagnostics.Warn(line, $"footnote [^{number}] referenced again; written as a superscript number (Word cannot reference one footnote twice)");
            return (existing, false);
        }

        var id = order.Count + 1;
        if (id != number)
        {
            diagnostics.Warn(line, $"footnote [^{number}] is the {id}. footnote referenced; Word prints it as {id}");
        }

        ids[number] = id;
        order.Add(number);
        return (id, true);
    }
}
