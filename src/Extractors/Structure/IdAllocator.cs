namespace ThiDua.Extractors.Structure;

/// <summary>Sequential ids per kind (<c>s1</c>, <c>b1</c>, <c>t1</c>): stable for the same input and pipeline version.</summary>
public sealed class IdAllocator
{
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string Next(string prefix)
    {
        var n = _next.GetValueOrDefault(prefix) + 1;
        _next[prefix] = n;
        return prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
