namespace CorpusMaker.Numbering;

/// <summary>
/// Simulates Word's counters for one list: numbering a paragraph at a level increments that level and restarts the
/// levels below it. A paragraph is numbered automatically only when the label Word would show equals the typed one.
/// </summary>
public sealed class WordListCounter
{
    private readonly int[] counters = new int[ListLevels.Count];

    /// <summary>True (and the counters advanced) when Word would render exactly <paramref name="label"/>.</summary>
    public bool TryNumber(HeadingLabel label)
    {
        var candidate = (int[])counters.Clone();
        candidate[label.Level]++;
        for (var level = label.Level + 1; level < candidate.Length; level++)
        {
            candidate[level] = 0;
        }

        if (label.Level == 2 && candidate[1] == 0)
        {
            return false;
        }

        if (ListLevels.Render(label.Level, candidate) != label.Label)
        {
            return false;
        }

        candidate.CopyTo(counters, 0);
        return true;
    }
}
