using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>Number writing for flag messages and expressions, the Vietnamese way.</summary>
public static class NumberText
{
    public static string Stated(Quantity quantity) => VietnameseNumberFormatter.Format(quantity.Value / quantity.Scale, quantity.Decimals) + ScaleSuffix(quantity.Scale);

    public static string Of(decimal value, int decimals) => VietnameseNumberFormatter.FormatComputed(value, decimals);

    public static string Unit(string? unit) => unit is null or "%" ? unit ?? string.Empty : " " + unit;

    private static string ScaleSuffix(decimal scale) => scale switch
    {
        1_000m => " nghìn",
        1_000_000m => " triệu",
        1_000_000_000m => " tỷ",
        _ => string.Empty,
    };
}
