namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// LibreOffice import filters to force, tried in order, by format extension. Left to itself, LibreOffice reads a legacy
/// Word file its Word filters refuse (a corrupt .doc) as plain text and "converts" binary garbage into a document;
/// forced, it fails instead. Word 97-2003, then Word 95, then Word 6 (each filter reads only its own file-format version).
/// A format without an entry is left to LibreOffice's type detection (one attempt, no filter).
/// </summary>
public static class WordImportFilters
{
    private static readonly Dictionary<string, string?[]> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doc"] = ["MS Word 97", "MS Word 95", "MS WinWord 6.0"],
    };

    public static IReadOnlyList<string?> For(string formatExtension) => ByExtension.GetValueOrDefault(formatExtension, [null]);
}
