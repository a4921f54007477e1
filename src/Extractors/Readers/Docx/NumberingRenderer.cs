using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Renders Word's automatic numbering (<c>w:numPr</c>) to the label a reader sees (<c>"II."</c>, <c>"1.2."</c>, <c>"a)"</c>, <c>"-"</c>),
/// keeping one counter set per abstract list, as Word does for instances without a start override.
/// </summary>
public sealed class NumberingRenderer
{
    private const int MaxLevels = 9;
    private readonly Dictionary<int, int> _abstractIdByNumId = [];
    private readonly Dictionary<int, Dictionary<int, int>> _startOverrides = [];
    private readonly Dictionary<int, XElement?[]> _levelsByAbstractId = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _numIdsSeen = [];

    /// <param name="numbering">The <c>w:numbering</c> root of the numbering part, or null.</param>
    /// <param name="styles">The <c>w:styles</c> root of the styles part, or null.</param>
    public NumberingRenderer(XElement? numbering, XElement? styles = null)
    {
        if (numbering is null) return;
        var styleLinks = new Dictionary<int, string>();
        foreach (var abstractNum in numbering.Elements(W.AbstractNum))
        {
            if (WordValues.Int(abstractNum.Attribute(W.AbstractNumId)?.Value) is not { } abstractId) continue;
            if (WordValues.Val(abstractNum, W.NumStyleLink) is { } link) styleLinks.TryAdd(abstractId, link);
            var levels = new XElement?[MaxLevels];
            foreach (var level in abstractNum.Elements(W.Lvl))
            {
                if (WordValues.Int(level.Attribute(W.Ilvl)?.Value) is { } index and >= 0 and < MaxLevels) levels[index] = level;
            }

            _levelsByAbstractId.TryAdd(abstractId, levels);
        }

        foreach (var instance in numbering.Elements(W.Num))
        {
            if (WordValues.Int(instance.Attribute(W.NumId)?.Value) is not { } numId || WordValues.Int(WordValues.Val(instance, W.AbstractNumId)) is not { } abstractId) continue;
            _abstractIdByNumId.TryAdd(numId, abstractId);
            var overrides = new Dictionary<int, int>();
            foreach (var levelOverride in instance.Elements(W.LvlOverride))
            {
                if (WordValues.Int(levelOverride.Attribute(W.Ilvl)?.Value) is { } index && WordValues.Int(WordValues.Val(levelOverride, W.StartOverride)) is { } start) overrides[index] = start;
            }

            if (overrides.Count > 0) _startOverrides[numId] = overrides;
        }

        foreach (var (abstractId, link) in styleLinks) LinkToListStyle(abstractId, link, styles);
    }

    /// <summary>
    /// An abstractNum with <c>w:numStyleLink</c> has no levels of its own: they are those of the abstractNum reached
    /// through the numbering style's numId (the one carrying <c>w:styleLink</c>).
    /// </summary>
    private void LinkToListStyle(int abstractId, string styleId, XElement? styles)
    {
        if (_levelsByAbstractId.TryGetValue(abstractId, out var own) && own.Any(level => level is not null)) return;
        var style = styles?.Elements(W.Style).FirstOrDefault(s => s.Attribute(W.StyleId)?.Value == styleId);
        if (WordValues.Int(WordValues.Val(style?.Element(W.PPr)?.Element(W.NumPr), W.NumId)) is not { } numId) return;
        if (!_abstractIdByNumId.TryGetValue(numId, out var target) || target == abstractId) return;
        if (_levelsByAbstractId.TryGetValue(target, out var levels)) _levelsByAbstractId[abstractId] = levels;
    }

    /// <summary>Advances the list counters and returns the rendered label, or null when the paragraph has no visible number.</summary>
    public string? Next(int numId, int levelIndex)
    {
        if (numId == 0 || levelIndex is < 0 or >= MaxLevels) return null;
        if (!_abstractIdByNumId.TryGetValue(numId, out var abstractId) || !_levelsByAbstractId.TryGetValue(abstractId, out var levels)) return null;
        if (levels[levelIndex] is not { } level) return null;

        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int[MaxLevels];
            for (var i = 0; i < MaxLevels; i++) counters[i] = StartOf(levels[i]) - 1;
            _counters[abstractId] = counters;
        }

        if (_numIdsSeen.Add(numId) && _startOverrides.TryGetValue(numId, out var overrides))
        {
            foreach (var (index, start) in overrides) counters[index] = start - 1;
        }

        counters[levelIndex]++;
        for (var deeper = levelIndex + 1; deeper < MaxLevels; deeper++) counters[deeper] = StartOf(levels[deeper]) - 1;

        var format = WordValues.Val(level, W.NumFmt);
        var text = WordValues.Val(level, W.LvlText) ?? string.Empty;
        if (format == "bullet") return BulletLabel(text);
        if (format == "none") return text.Length == 0 ? null : text;

        var label = text;
        for (var i = 0; i <= levelIndex; i++)
        {
            var placeholder = "%" + (i + 1);
            if (!label.Contains(placeholder, StringComparison.Ordinal)) continue;
            label = label.Replace(placeholder, ListNumberFormatter.Format(Math.Max(counters[i], 0), WordValues.Val(levels[i], W.NumFmt)), StringComparison.Ordinal);
        }

        return label.Trim().Length == 0 ? null : label.Trim();
    }

    private static int StartOf(XElement? level) => WordValues.Int(WordValues.Val(level, W.Start)) ?? 1;

    /// <summary>Symbol-font bullets (private use area) read as a plain bullet; typed dashes stay dashes.</summary>
    private static string BulletLabel(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return "•";
        return trimmed.Any(c => c is >= '\uE000' and <= '\uF8FF') ? "•" : trimmed;
    }
}
