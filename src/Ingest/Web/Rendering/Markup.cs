namespace ThiDua.Ingest.Web.Rendering;

/// <summary>HTML written by our own code (tags, attributes we built): an <see cref="HtmlBuilder"/> hole of this type is not escaped.</summary>
public readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new(string.Empty);

    public override string ToString() => Value;
}
