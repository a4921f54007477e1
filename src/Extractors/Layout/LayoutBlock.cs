using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Layout;

/// <summary>A body block: a paragraph or a table. Page is 1-based where the format knows it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LayoutParagraph), "paragraph")]
[JsonDerivedType(typeof(LayoutTable), "table")]
public abstract record LayoutBlock(int? Page);
