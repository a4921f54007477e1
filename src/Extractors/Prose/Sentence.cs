using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Prose;

/// <summary>One sentence of a text unit, with its quantities (indexes relative to Text) and its parenthesis depth at each character.</summary>
public sealed class Sentence
{
    private int[]? _depth;
    private ScanResult? _scan;

    public Sentence(TextUnit unit, string text)
    {
        Unit = unit;
        Text = text;
    }

    public TextUnit Unit { get; }

    public string Text { get; }

    public ScanResult Scan => _scan ??= QuantityScanner.Scan(Text);

    public IReadOnlyList<Quantity> Quantities => Scan.Quantities;

    public int DepthAt(int index)
    {
        _depth ??= ComputeDepth(Text);
        return index < 0 || index >= _depth.Length ? 0 : _depth[index];
    }

    private static int[] ComputeDepth(string text)
    {
        var depth = new int[text.Length];
        var level = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') level++;
            depth[i] = level;
            if (text[i] == ')' && level > 0) level--;
        }

        return depth;
    }
}
