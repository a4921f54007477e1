using ThiDua.Extractors.Model;
using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>Numbers as Vietnamese readers write them: 10.994 and 87,8.</summary>
public static class Numbers
{
    public static string Format(decimal? value) => value?.ToString("#,##0.####", HtmlBuilder.Culture) ?? string.Empty;

    public static string Stated(StatedValue? stated) => stated?.Number is { } number ? Format(number) : stated?.Text ?? "—";
}
