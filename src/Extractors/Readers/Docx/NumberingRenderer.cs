using DocumentFormat.OpenXml.Wordprocessing;

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
    private readonly Dictionary<int, Level[]> _levelsByAbstractId = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _numIdsSeen = [];

    public NumberingRenderer(Numbering? numbering, Styles? styles = null)
    {
        if (numbering is null) return;
        var styleLinks = new Dictionary<int, string>();
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is not { } abstractId) continue;
            if (abstractNum.NumberingStyleLink?.Val?.Value is { } link) styleLinks.TryAdd(abstractId, link);
            var levels = new Level[MaxLevels];
            foreach (var level in abstractNum.Elements<Level>())
            {
                if (level.LevelIndex?.Value is { } index and >= 0 and < MaxLevels) levels[index] = level;
            }

            _levelsByAbstractId.TryAdd(abstractId, levels);
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId) continue;
            _abstractIdByNumId.TryAdd(numId, abstractId);
            var overrides = new Dictionary<int, int>();
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } index && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start) overrides[index] = start;
            }

            if (overrides.Count > 0) _startOverrides[numId] = overrides;
        }

        foreach (var (abstractId, link) in styleLinks) LinkToListStyle(abstractId, link, styles);
    }

    /// <summary>
    /// An abstractNum with <c>w:numStyleLink</c> has no levels of its own: they are those of the abstractNum reached
    /// through the numbering style's numId (the one carrying <c>w:styleLink</c>).
    /// </summary>
    private void LinkToListStyle(int abstractId, string styleId, Styles? styles)
    {
        if (_levelsByAbstractId.TryGetValue(abstractId, out var own) && own.Any(level => level is not null)) return;
        var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        if (style?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is not { } numId) return;
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

        var format = SafeEnum.Get(level.NumberingFormat?.Val) ?? NumberFormatValues.Decimal;
        var text = level.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.Bullet) return BulletLabel(text);
        if (format == NumberFormatValues.None) return text.Length == 0 ? null : text;

        var label = text;
        for (var i = 0; i <= levelIndex; i++)
        {
            var placeholder = "%" + (i + 1);
            if (!label.Contains(placeholder, StringComparison.Ordinal)) continue;
            var levelFormat = SafeEnum.Get(levels[i]?.NumberingFormat?.Val) ?? NumberFormatValues.Decimal;
            label = label.Replace(placeholder, ListNumberFormatter.Format(Math.Max(counters[i], 0), levelFormat), StringComparison.Ordinal);
        }

        return label.Trim().Length == 0 ? null : label.Trim();
    }

    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    /// <summary>Symbol-font bullets (private use area) read as a plain bullet; typed dashes stay dashes.</summary>
    private static string BulletLabel(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return "•";
        return trimmed.Any(c => c is >= '\uE000' and <= '\uF8FF') ? "•" : trimmed;
    }
}
