using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>Compares a stated result with the product of its factors, converting the product into the result's unit.</summary>
public static class ProductFlag
{
    public static Finding Compare(IReadOnlyList<Quantity> factors, Quantity result, string? productUnit, string quote, FlagLocation location)
    {
        var product = factors.Aggregate(1m, (acc, f) => acc * f.Value);
        var converted = productUnit is not null && result.Unit is not null ? UnitCatalog.Convert(product, productUnit, result.Unit) ?? product : product;
        var tolerance = productUnit is null || productUnit == result.Unit ? Agreement.ToleranceFor(result, factors) : result.Tolerance;
        var agrees = Agreement.Agrees(result.Value, converted, tolerance, result.IsPercent);
        var expression = string.Join(" × ", factors.Select(f => NumberText.Stated(f) + NumberText.Unit(f.Unit)));
        var conversion = productUnit is not null && result.Unit is not null && productUnit != result.Unit
            ? $" = {NumberText.Of(product, result.Decimals)} {productUnit} = {NumberText.Of(converted / result.Scale, result.Decimals)}{NumberText.Unit(result.Unit)}"
            : $" = {NumberText.Of(converted / result.Scale, result.Decimals)}{(result.Scale != 1m ? ScaleOf(result) : string.Empty)}{NumberText.Unit(result.Unit)}";
        return Finding.Verdict(
            agrees,
            Vocabulary.FlagKinds.ProductMismatch,
            $"Tích {expression}{conversion}, văn bản ghi {NumberText.Stated(result)}{NumberText.Unit(result.Unit)}",
            StatedValue.Of(result.Value),
            converted,
            tolerance,
            expression,
            quote,
            location);
    }

    private static string ScaleOf(Quantity result) => NumberText.Stated(result with { Value = 0m, Decimals = 0 })[1..];
}
