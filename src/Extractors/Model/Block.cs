using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Model;

/// <summary>Ordered content of a section: a paragraph (Text, FootnoteRefs) or a reference to a table (TableId); Page (1-based) where the format knows it.</summary>
public sealed record Block(
    string Id,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? FootnoteRefs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TableId,
    int? Page = null)
{
    public const string ParagraphKind = "paragraph";
    public const string TableKind = "table";

    public static Block Paragraph(string id, string text, IReadOnlyList<string> footnoteRefs, int? page = null) => new(id, ParagraphKind, text, footnoteRefs, null, page);

    public static Block TableRef(string id, string tableId, int? page = null) => new(id, TableKind, null, null, tableId, page);
}
