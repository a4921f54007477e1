using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Reads WordprocessingML values as the OpenXml SDK 2.20 typed DOM read them where they are valid, without trusting the
/// producer where they are not: an on/off or a number that does not parse reads as absent (the SDK threw), an enumerated
/// value is compared as the exact, case-sensitive string the schema spells.
/// </summary>
public static class WordValues
{
    /// <summary>The <c>w:val</c> of <paramref name="element"/>.</summary>
    public static string? Val(XElement? element) => element?.Attribute(W.Val)?.Value;

    /// <summary>The <c>w:val</c> of the first child <paramref name="child"/> of <paramref name="parent"/>.</summary>
    public static string? Val(XElement? parent, XName child) => parent?.Element(child)?.Attribute(W.Val)?.Value;

    /// <summary>A toggle property such as <c>w:b</c>: null when the element is absent, on when it has no <c>w:val</c>.</summary>
    public static bool? Toggle(XElement? element)
    {
        if (element is null) return null;
        return element.Attribute(W.Val) is { } value ? OnOff(value.Value) : true;
    }

    /// <summary>An ST_OnOff value: <c>true</c>/<c>on</c>/<c>1</c> or <c>false</c>/<c>off</c>/<c>0</c>; anything else is null.</summary>
    public static bool? OnOff(string? value) => value switch
    {
        "true" or "on" or "1" => true,
        "false" or "off" or "0" => false,
        _ => null,
    };

    /// <summary>An on/off element read leniently: absent <c>w:val</c>, <c>on</c>, <c>true</c>, <c>1</c> and empty are on.</summary>
    public static bool IsOn(XElement element) => Val(element) is null or "on" or "true" or "1" or "";

    public static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static long? Long(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>
    /// The text of a leaf text element such as <c>w:t</c>: its first text node, as the SDK read it (comments are skipped on
    /// load; text after a nested element is not part of it). Whitespace-only text is kept whatever <c>xml:space</c> says.
    /// </summary>
    public static string Text(XElement element) => element.FirstNode is XText text ? text.Value : string.Empty;

    /// <summary>The SDK's InnerText: the texts of the leaf elements below <paramref name="element"/>, in order.</summary>
    public static string InnerText(XElement element)
    {
        if (!element.HasElements) return Text(element);
        var builder = new StringBuilder();
        AppendLeafTexts(element, builder);
        return builder.ToString();
    }

    private static void AppendLeafTexts(XElement element, StringBuilder builder)
    {
        foreach (var child in element.Elements())
        {
            if (child.HasElements) AppendLeafTexts(child, builder);
            else builder.Append(Text(child));
        }
    }
}
