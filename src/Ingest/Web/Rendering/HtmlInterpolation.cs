using System.Runtime.CompilerServices;
using System.Text;

namespace ThiDua.Ingest.Web.Rendering;

/// <summary>The interpolated-string handler of <see cref="HtmlBuilder.Append"/>: literals verbatim, holes escaped.</summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlInterpolation
{
    private readonly StringBuilder _inner;
    private readonly HtmlBuilder _builder;

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlBuilder builder)
    {
        _builder = builder;
        _inner = builder.Inner;
    }

    public void AppendLiteral(string literal) => _inner.Append(literal);

    public void AppendFormatted(Markup markup) => _inner.Append(markup.Value);

    public void AppendFormatted(HtmlBuilder builder) => _inner.Append(builder.Inner);

    public void AppendFormatted(string? text) => _builder.AppendText(text);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format) =>
        _builder.AppendText(value is IFormattable formattable ? formattable.ToString(format, HtmlBuilder.Culture) : value?.ToString());
}
