using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ThiDua.Store.Tests.Support;

/// <summary>Makes a changed copy of a Word file: a new body paragraph inserted right after the paragraph whose text starts as given.</summary>
public static partial class DocxEditor
{
    public static void InsertParagraphAfter(string source, string target, string anchorStart, string newText)
    {
        File.Copy(source, target, overwrite: true);
        using var archive = ZipFile.Open(target, ZipArchiveMode.Update);
        var entry = archive.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        var anchor = Normalize(anchorStart);
        var paragraph = ParagraphPattern().Matches(xml).First(m => Normalize(TextOf(m.Value)).StartsWith(anchor, StringComparison.Ordinal));
        var inserted = $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(newText)}</w:t></w:r></w:p>";
        xml = xml.Insert(paragraph.Index + paragraph.Length, inserted);
        entry.Delete();
        var replaced = archive.CreateEntry("word/document.xml");
        using var writer = new StreamWriter(replaced.Open());
        writer.Write(xml);
    }

    private static string TextOf(string paragraphXml) => string.Concat(TextPattern().Matches(paragraphXml).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));

    private static string Normalize(string text) => WhiteSpacePattern().Replace(text.Normalize(), " ").Trim();

    [GeneratedRegex(@"<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>", RegexOptions.Singleline)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"<w:t(?: [^>]*)?>([^<]*)</w:t>")]
    private static partial Regex TextPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpacePattern();
}
