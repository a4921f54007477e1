namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Longest common subsequence of two string lists, and a readable list of what differs.</summary>
public static class Lcs
{
    public static int Length(IReadOnlyList<string> a, IReadOnlyList<string> b) => Table(a, b)[0, 0];

    public static IEnumerable<string> Differences(IReadOnlyList<string> want, IReadOnlyList<string> got)
    {
        var table = Table(want, got);
        int i = 0, j = 0;
        while (i < want.Count || j < got.Count)
        {
            if (i < want.Count && j < got.Count && want[i] == got[j])
            {
                i++;
                j++;
            }
            else if (j < got.Count && (i == want.Count || table[i, j + 1] >= table[i + 1, j]))
            {
                yield return "unexpected: " + got[j++];
            }
            else
            {
                yield return "missing:    " + want[i++];
            }
        }
    }

    private static int[,] Table(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        return table;
    }
}
