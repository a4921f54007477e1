using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Guesses, before the SDK opens the package, which zip entries hold the parts the reader will load (main document, styles,
/// numbering, footnotes, endnotes, document properties) by peeking at the package's and the main part's relationships,
/// so that the guard can load them during its one pass over the archive. A wrong guess costs a second parse, not a
/// different result: the SDK's relationships decide what is read.
/// </summary>
public static class LikelyParts
{
    private const long MaxPeekBytes = 1 << 20;
    private static readonly string[] PackageRelationships = ["/officeDocument", "/extended-properties", "/extendedProperties"];
    private static readonly string[] MainRelationships = ["/styles", "/numbering", "/footnotes", "/endnotes"];

    public static HashSet<string> In(ZipArchive archive)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        var root = new Uri("/", UriKind.Relative);
        foreach (var (type, part) in Relationships(archive, root))
        {
            if (!PackageRelationships.Any(suffix => type.EndsWith(suffix, StringComparison.Ordinal))) continue;
            entries.Add(EntryName(part));
            if (!type.EndsWith("/officeDocument", StringComparison.Ordinal)) continue;
            foreach (var (mainType, mainPart) in Relationships(archive, part))
            {
                if (MainRelationships.Any(suffix => mainType.EndsWith(suffix, StringComparison.Ordinal))) entries.Add(EntryName(mainPart));
            }
        }

        return entries;
    }

    private static string EntryName(Uri part) => Uri.UnescapeDataString(part.OriginalString).TrimStart('/');

    /// <summary>The (type, target part) pairs of the relationships of <paramref name="source"/>; none when they cannot be read.</summary>
    private static List<(string Type, Uri Part)> Relationships(ZipArchive archive, Uri source)
    {
        var found = new List<(string, Uri)>();
        try
        {
            var relationshipPart = source.OriginalString == "/" ? new Uri("/_rels/.rels", UriKind.Relative) : PackUriHelper.GetRelationshipPartUri(source);
            var entry = archive.GetEntry(EntryName(relationshipPart));
            if (entry is null || entry.Length > MaxPeekBytes) return found;
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.GetAttribute("TargetMode") == "External") continue;
                if (reader.GetAttribute("Type") is not { } type || reader.GetAttribute("Target") is not { } target) continue;
                found.Add((type, PackUriHelper.ResolvePartUri(source, new Uri(target, UriKind.Relative))));
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or UriFormatException or ArgumentException)
        {
            return found; // the guard's pass reports what is wrong with the part
        }

        return found;
    }
}
