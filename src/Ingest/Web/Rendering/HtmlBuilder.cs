using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ThiDua.Ingest.Web.Rendering;

/// <summary>
/// Builds a page from interpolated strings: the literal parts are our markup, every hole is HTML-escaped unless it is a
/// <see cref="Markup"/> or another builder. So an extracted text can only reach the page escaped.
/// Numbers and dates in holes are written the Vietnamese way (1.234,5).
/// </summary>
public sealed class HtmlBuilder
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Vietnamese letters stay as they are; only markup characters and controls become entities.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    internal StringBuilder Inner { get; } = new();

    public HtmlBuilder Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html) => this;

    public HtmlBuilder AppendText(string? text)
    {
        if (text is not null) Encoder.Encode(new StringWriter(Inner), text);
        return this;
    }

    public Markup ToMarkup() => new(Inner.ToString());

    public override string ToString() => Inner.ToString();

    public static string Encode(string? text) => text is null ? string.Empty : Encoder.Encode(text);
}
