using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Model;

/// <summary>One ingested report: the canonical model of spec/CANONICAL-MODEL.md, serialized to spec/report.schema.json.</summary>
public sealed record Report(
    string SchemaVersion,
    SourceInfo Source,
    DocumentMeta Document,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<Table> Tables,
    IReadOnlyList<Award> Awards,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Flag> Flags,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Check>? Checks = null)
{
    public const string CurrentSchemaVersion = "1";
}
