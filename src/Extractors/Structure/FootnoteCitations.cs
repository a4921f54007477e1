namespace ThiDua.Extractors.Structure;

/// <summary>Maps layout footnote ids to model ids and records which blocks (or, for a reference in a heading, which section) cite each.</summary>
public sealed class FootnoteCitations(IReadOnlyDictionary<string, string> modelIds)
{
    private readonly Dictionary<string, List<string>> _refs = [];

    /// <summary>Records the citations of one block or section and returns the model ids it cites, in order.</summary>
    public IReadOnlyList<string> Cite(IEnumerable<string> layoutIds, string citingId)
    {
        var cited = new List<string>();
        foreach (var layoutId in layoutIds)
        {
            if (!modelIds.TryGetValue(layoutId, out var modelId) || cited.Contains(modelId)) continue;
            cited.Add(modelId);
            if (!_refs.TryGetValue(layoutId, out var list)) _refs[layoutId] = list = [];
            if (!list.Contains(citingId)) list.Add(citingId);
        }

        return cited;
    }

    public IReadOnlyList<string> RefsOf(string layoutId) => _refs.TryGetValue(layoutId, out var list) ? list : [];
}
