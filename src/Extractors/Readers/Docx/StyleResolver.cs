using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Resolves effective character formatting (document defaults, paragraph style, character style, direct formatting)
/// and the paragraph-level properties that styles carry (alignment, numbering, outline level).
/// </summary>
public sealed class StyleResolver
{
    private const int MaxBasedOnDepth = 32;
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly RunFormat _defaults;
    private readonly string? _defaultParagraphStyleId;
    private readonly Dictionary<string, RunFormat> _styleRunFormats = new(StringComparer.Ordinal);

    public StyleResolver(Styles? styles)
    {
        if (styles is null)
        {
            _defaults = RunFormat.Plain;
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id) _styles.TryAdd(id, style);
            if (SafeEnum.Get(style.Type) == StyleValues.Paragraph && style.Default?.Value == true) _defaultParagraphStyleId = style.StyleId?.Value;
        }

        var defaultRunProperties = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        _defaults = Apply(RunFormat.Plain, defaultRunProperties);
    }

    public RunFormat ResolveRun(string? paragraphStyleId, RunProperties? direct)
    {
        var format = StyleRunFormat(paragraphStyleId ?? _defaultParagraphStyleId);
        var runStyleId = direct?.RunStyle?.Val?.Value;
        if (runStyleId is not null) format = Merge(format, runStyleId);
        return Apply(format, direct);
    }

    public string? StyleName(string? styleId) =>
        styleId is not null && _styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value ?? styleId : null;

    /// <summary>The first value found walking up the basedOn chain of a paragraph style.</summary>
    public T? FromParagraphStyle<T>(string? styleId, Func<StyleParagraphProperties, T?> select)
    {
        var depth = 0;
        for (var id = styleId ?? _defaultParagraphStyleId; id is not null && depth++ < MaxBasedOnDepth && _styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
        {
            if (style.StyleParagraphProperties is { } properties && select(properties) is { } value) return value;
        }

        return default;
    }

    private RunFormat StyleRunFormat(string? styleId)
    {
        if (styleId is null) return _defaults;
        if (_styleRunFormats.TryGetValue(styleId, out var cached)) return cached;
        _styleRunFormats[styleId] = _defaults; // guards against basedOn cycles
        var result = Merge(_defaults, styleId);
        _styleRunFormats[styleId] = result;
        return result;
    }

    private RunFormat Merge(RunFormat start, string styleId)
    {
        var chain = new List<Style>();
        for (var id = styleId; id is not null && chain.Count < MaxBasedOnDepth && _styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
        {
            chain.Add(style);
        }

        var format = start;
        for (var i = chain.Count - 1; i >= 0; i--) format = Apply(format, chain[i].StyleRunProperties);
        return format;
    }

    private static RunFormat Apply(RunFormat format, OpenXmlElement? properties)
    {
        if (properties is null) return format;
        if (properties.GetFirstChild<Bold>() is { } bold) format = format with { Bold = bold.Val?.Value ?? true };
        if (properties.GetFirstChild<Italic>() is { } italic) format = format with { Italic = italic.Val?.Value ?? true };
        if (SafeEnum.Get(properties.GetFirstChild<VerticalTextAlignment>()?.Val) is { } position) format = format with { Superscript = position == VerticalPositionValues.Superscript };
        if (properties.GetFirstChild<FontSize>()?.Val?.Value is { } halfPoints && double.TryParse(halfPoints, System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            format = format with { FontSize = size / 2 };
        }

        return format;
    }
}
