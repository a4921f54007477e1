namespace CorpusMaker.Docx;

/// <summary>The base formatting of a paragraph's runs; inline markup adds bold/italic on top.</summary>
public sealed record TextStyle(bool Bold, bool Italic, int HalfPoints)
{
    public const int BodyHalfPoints = 28;

    public static TextStyle Body { get; } = new(false, false, BodyHalfPoints);

    public static TextStyle BodyBold { get; } = new(true, false, BodyHalfPoints);
}
