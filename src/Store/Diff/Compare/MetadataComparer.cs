using ThiDua.Extractors.Model;
using ThiDua.Store.Diff.Align;
using ThiDua.Store.Diff.Model;
using ThiDua.Store.Review;

namespace ThiDua.Store.Diff.Compare;

/// <summary>The header fields (the ones a correction can address as <c>document/&lt;field&gt;</c>) and the recipients list.</summary>
internal static class MetadataComparer
{
    private static readonly string[] FieldOrder =
    [
        "number", "symbol", "docType", "title", "place", "issuer", "date", "period.year", "period.part", "signer.name", "signer.position", "signer.authority",
    ];

    public static IReadOnlyList<FieldChange> Compare(DocumentMeta a, DocumentMeta b)
    {
        var changes = FieldOrder
            .Select(field => new FieldChange(field, DocumentFields.Get(a, field), DocumentFields.Get(b, field)))
            .Where(f => TextKey.Of(f.A) != TextKey.Of(f.B))
            .ToList();
        var recipientsA = string.Join("; ", a.Recipients);
        var recipientsB = string.Join("; ", b.Recipients);
        if (TextKey.Of(recipientsA) != TextKey.Of(recipientsB)) changes.Add(new FieldChange("recipients", recipientsA, recipientsB));
        return changes;
    }
}
