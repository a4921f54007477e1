using System.IO.Compression;
using System.Xml.Linq;

namespace ThiDua.Web.Tests.Infrastructure;

/// <summary>The worksheets of an .xlsx as XML text with shared strings put back in place, enough to find a value in a cell.</summary>
public static class XlsxText
{
    public static IReadOnlyList<string> Sheets(byte[] xlsx)
    {
        using var archive = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = archive.GetEntry("xl/sharedStrings.xml") is { } entry
            ? XDocument.Load(entry.Open()).Descendants(main + "si").Select(si => string.Concat(si.Descendants(main + "t").Select(t => t.Value))).ToList()
            : [];
        var sheets = new List<string>();
        foreach (var sheet in archive.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var document = XDocument.Load(sheet.Open());
            foreach (var cell in document.Descendants(main + "c").Where(c => (string?)c.Attribute("t") == "s").ToList())
            {
                var value = cell.Element(main + "v");
                if (value is not null && int.TryParse(value.Value, out var index) && index < shared.Count) value.Value = shared[index];
            }

            sheets.Add(document.ToString(SaveOptions.DisableFormatting));
        }

        return sheets;
    }
}
