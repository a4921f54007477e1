using System.Xml.Linq;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Resolves effective character formatting (document defaults, paragraph style, character style, direct formatting)
/// and the paragraph-level properties that styles carry (alignment, numbering, outline level).
/// </summary>
public sealed class StyleResolver
{
    private const int MaxBasedOnDepth = 32;
    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    private readonly RunFormat _defaults;
    private readonly string? _defaultParagraphStyleId;
    private readonly Dictionary<string, RunFormat> _styleRunFormats = new(StringComparer.Ordinal);

    /// <param name="styles">The <c>w:styles</c> root of the styles part, or null.</param>
    public StyleResolver(XElement? styles)
    {
        if (styles is null)
        {
            _defaults = RunFormat.Plain;
            return;
        }

        foreach (var style in styles.Elements(W.Style))
        {
            var id = style.Attribute(W.StyleId)?.Value;
            if (id is not null) _styles.TryAdd(id, style);
            if (style.Attribute(W.Type)?.Value == "paragraph" && WordValues.OnOff(style.Attribute(W.Default)?.Value) == true) _defaultParagraphStyleId = id;
        }

        var defaultRunProperties = styles.Element(W.DocDefaults)?.Element(W.RPrDefault)?.Element(W.RPr);
        _defaults = Apply(RunFormat.Plain, defaultRunProperties);
    }

    /// <param name="direct">The run's <c>w:rPr</c>, or null.</param>
    public RunFormat ResolveRun(string? paragraphStyleId, XElement? direct)
    {
        var format = StyleRunFormat(paragraphStyleId ?? _defaultParagraphStyleId);
        var runStyleId = WordValues.Val(direct, W.RStyle);
        if (runStyleId is not null) format = Merge(format, runStyleId);
        return Apply(format, direct);
    }

    public string? StyleName(string? styleId) =>
        styleId is not null && _styles.TryGetValue(styleId, out var style) ? WordValues.Val(style, W.Name) ?? styleId : null;

    /// <summary>The first value found in the <c>w:pPr</c> of a paragraph style walking up its basedOn chain.</summary>
    public T? FromParagraphStyle<T>(string? styleId, Func<XElement, T?> select)
    {
        var depth = 0;
        for (var id = styleId ?? _defaultParagraphStyleId; id is not null && depth++ < MaxBasedOnDepth && _styles.TryGetValue(id, out var style); id = WordValues.Val(style, W.BasedOn))
        {
            if (style.Element(W.PPr) is { } properties && select(properties) is { } value) return value;
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
        var chain = new List<XElement>();
        for (var id = styleId; id is not null && chain.Count < MaxBasedOnDepth && _styles.TryGetValue(id, out var style); id = WordValues.Val(style, W.BasedOn))
        {
            chain.Add(style);
        }

        var format = start;
        for (var i = chain.Count - 1; i >= 0; i--) format = Apply(format, chain[i].Element(W.RPr));
        return format;
    }

    private static RunFormat Apply(RunFormat format, XElement? properties)
    {
        if (properties is null) return format;
        if (WordValues.Toggle(properties.Element(W.B)) is { } bold) format = format with { Bold = bold };
        if (WordValues.Toggle(properties.Element(W.I)) is { } italic) format = format with { Italic = italic };
        var position = WordValues.Val(properties, W.VertAlign);
        if (position is "superscript" or "subscript" or "baseline") format = format with { Superscript = position == "superscript" }; // an unknown value leaves it as inherited
        if (WordValues.Val(properties, W.Sz) is { } halfPoints && double.TryParse(halfPoints, System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            format = format with { FontSize = size / 2 };
        }

        if (properties.Element(W.RFonts) is { } fonts && (fonts.Attribute(W.Ascii) ?? fonts.Attribute(W.HAnsi))?.Value is { Length: > 0 } family)
        {
            format = format with { FontFamily = family };
        }

        return format;
    }
}
