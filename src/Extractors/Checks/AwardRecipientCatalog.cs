using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Vietnamese.Awards;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Who can receive each award form of spec/awards.tsv, looked up by a row label that starts with one of its written names. Reads the one shared
/// <see cref="AwardCatalog"/> (<see cref="KnowledgeCatalog.Awards"/>, folded as the award stage folds), not a parse of its own.
/// </summary>
public sealed class AwardRecipientCatalog(AwardCatalog catalog)
{
    private const string TitlePrefix = "danh hiệu ";

    public static AwardRecipientCatalog Default { get; } = new(KnowledgeCatalog.Awards);

    /// <summary>The award code and its possible recipients for a row label, or null when the label does not open with an award name.</summary>
    public (string Code, IReadOnlySet<string> Recipients)? Find(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var folded = AwardText.Fold(label);
        if (folded.StartsWith(TitlePrefix, StringComparison.Ordinal)) folded = folded[TitlePrefix.Length..];
        if (catalog.NamedAtStart(folded) is not { } definition) return null;
        return (definition.Code, definition.Recipients.ToHashSet(StringComparer.Ordinal));
    }
}
