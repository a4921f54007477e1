using DocumentFormat.OpenXml;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Reads an enumerated attribute without trusting the producer: other software writes values the SDK's enums do not know
/// (LibreOffice writes <c>w:val="true"</c> where the schema says <c>on</c>), and SDK 2.20 throws on them.
/// </summary>
public static class SafeEnum
{
    public static T? Get<T>(EnumValue<T>? value)
        where T : struct
    {
        if (value is null) return null;
        try
        {
            return value.Value;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>An on/off attribute: absent means on; <c>on</c>, <c>true</c>, <c>1</c> are on.</summary>
    public static bool IsOn(OpenXmlSimpleType? value) =>
        value is null || value.InnerText is "on" or "true" or "1" or "";
}
