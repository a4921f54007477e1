namespace ThiDua.Ingest.Web.Pages;

/// <summary>Query-string values as HTML forms send them: an empty field means "no filter", not a bad request.</summary>
public static class QueryValues
{
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static int? Number(string? value) => int.TryParse(value, out var number) ? number : null;

    public static bool Flag(string? value) => bool.TryParse(value, out var flag) && flag;
}
