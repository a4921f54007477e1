using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Model;

/// <summary>The stated side of a flag: a number, or the text as written when it cannot be read as one.</summary>
public sealed record StatedValue(decimal? Number, string? Text)
{
    public static StatedValue Of(decimal number) => new(number, null);

    public static StatedValue OfText(string text) => new(null, text);
}

public sealed class StatedValueConverter : JsonConverter<StatedValue?>
{
    public override bool HandleNull => true;

    public override StatedValue? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number => StatedValue.Of(reader.GetDecimal()),
            JsonTokenType.String => StatedValue.OfText(reader.GetString()!),
            _ => throw new JsonException("stated must be a number, a string or null"),
        };

    public override void Write(Utf8JsonWriter writer, StatedValue? value, JsonSerializerOptions options)
    {
        if (value?.Number is { } number) writer.WriteNumberValue(number);
        else if (value?.Text is { } text) writer.WriteStringValue(text);
        else writer.WriteNullValue();
    }
}
