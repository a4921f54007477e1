using System.Text.Json;
using ThiDua.Extractors.Model;

namespace ThiDua.Store.Review;

/// <summary>Whole award or figure records as the JSON of the canonical model, for <c>awards/-</c> and <c>awards/&lt;index&gt;</c> corrections.</summary>
internal static class RecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T record) => JsonSerializer.Serialize(record, Options);

    public static Award? ReadAward(string? json)
    {
        var award = Read<Award>(json);
        if (award is null || string.IsNullOrWhiteSpace(award.Code) || string.IsNullOrWhiteSpace(award.Recipient) || string.IsNullOrWhiteSpace(award.Status)) return null;
        return award.Source is null ? award with { Source = new SourceRef("text", null, null, null, null, "") } : award;
    }

    public static Figure? ReadFigure(string? json)
    {
        var figure = Read<Figure>(json);
        return figure is null || string.IsNullOrWhiteSpace(figure.Text) ? null : figure;
    }

    private static T? Read<T>(string? json) where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
