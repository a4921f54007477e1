namespace ThiDua.Store.Review;

/// <summary>What a reviewer decided about a flag (<c>flags/&lt;id&gt;/status</c>); a flag nobody reviewed is <see cref="Open"/>.</summary>
public static class FlagReviewStatus
{
    public const string Open = "open";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Open, Confirmed, Dismissed };
}
