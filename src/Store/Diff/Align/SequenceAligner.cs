using DiffPlex;

namespace ThiDua.Store.Diff.Align;

/// <summary>
/// Aligns two sequences by content, not by position: first the longest common subsequence of their keys (DiffPlex's
/// Myers diff), so that one item inserted near the start leaves every later item matched; then, inside each gap between
/// two matched runs, items of A and B paired in order when their similarity reaches the threshold (an edited paragraph);
/// the rest are removed (A) or added (B).
/// </summary>
internal static class SequenceAligner
{
    public static IReadOnlyList<AlignedPair> Align<T>(
        IReadOnlyList<T> a,
        IReadOnlyList<T> b,
        Func<T, string> key,
        Func<T, T, double> similarity,
        double threshold)
    {
        var keysA = a.Select(item => Clean(key(item))).ToList();
        var keysB = b.Select(item => Clean(key(item))).ToList();
        var result = Differ.Instance.CreateDiffs(string.Join('\n', keysA), string.Join('\n', keysB), false, false, ItemChunker.Instance);
        var pairs = new List<AlignedPair>(Math.Max(a.Count, b.Count));
        int i = 0, j = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (i < block.DeleteStartA && j < block.InsertStartB) pairs.Add(new AlignedPair(i++, j++, true));
            PairGap(a, b, i, block.DeleteStartA + block.DeleteCountA, j, block.InsertStartB + block.InsertCountB, similarity, threshold, pairs);
            i = block.DeleteStartA + block.DeleteCountA;
            j = block.InsertStartB + block.InsertCountB;
        }

        while (i < a.Count && j < b.Count) pairs.Add(new AlignedPair(i++, j++, true));
        PairGap(a, b, i, a.Count, j, b.Count, similarity, threshold, pairs);
        return pairs;
    }

    private static void PairGap<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int aStart, int aEnd, int bStart, int bEnd, Func<T, T, double> similarity, double threshold, List<AlignedPair> pairs)
    {
        var nextB = bStart;
        for (var i = aStart; i < aEnd; i++)
        {
            var best = -1;
            var bestScore = threshold;
            for (var j = nextB; j < bEnd; j++)
            {
                var score = similarity(a[i], b[j]);
                if (score >= bestScore && (best < 0 || score > bestScore))
                {
                    best = j;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                pairs.Add(new AlignedPair(i, null, false));
                continue;
            }

            while (nextB < best) pairs.Add(new AlignedPair(null, nextB++, false));
            pairs.Add(new AlignedPair(i, best, false));
            nextB = best + 1;
        }

        while (nextB < bEnd) pairs.Add(new AlignedPair(null, nextB++, false));
    }

    /// <summary>A key on one line (the chunker cuts at line feeds).</summary>
    private static string Clean(string key) => key.Replace('\n', ' ').Replace('\r', ' ');
}
