namespace CorpusMaker.Tdm;

/// <summary>Reads the non-blank lines of a source file, trimmed, with their 1-based numbers.</summary>
public sealed class TdmLineReader(IReadOnlyList<string> lines)
{
    private int next;

    public int LastLine { get; private set; }

    public bool TryRead(out string line)
    {
        while (next < lines.Count)
        {
            var candidate = lines[next].Trim().TrimStart('\uFEFF');
            next++;
            if (candidate.Length > 0)
            {
                LastLine = next;
                line = candidate;
                return true;
            }
        }

        line = string.Empty;
        return false;
    }
}
