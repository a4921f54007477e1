using ThiDua.Extractors.Model;
using ThiDua.Store.Common;

namespace ThiDua.Store.Review;

/// <summary>The fields a correction can address as <c>figures/&lt;index&gt;/&lt;field&gt;</c>.</summary>
internal static class FigureFields
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal) { "text", "value", "unit", "blockId" };

    public static string? Get(Figure figure, string field) => field switch
    {
        "text" => figure.Text,
        "value" => InvariantText.Of(figure.Value),
        "unit" => figure.Unit,
        "blockId" => figure.BlockId,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static bool TrySet(Figure figure, string field, string? value, out Figure updated)
    {
        updated = figure;
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        switch (field)
        {
            case "text" when text is not null: updated = figure with { Text = text }; return true;
            case "value" when InvariantText.TryDecimal(text, out var number): updated = figure with { Value = number }; return true;
            case "unit": updated = figure with { Unit = text }; return true;
            case "blockId": updated = figure with { BlockId = text }; return true;
            default: return false;
        }
    }
}
