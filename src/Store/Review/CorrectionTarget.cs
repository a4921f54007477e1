namespace ThiDua.Store.Review;

/// <summary>
/// A parsed correction target (grammar in <c>src/Store/Review/README.md</c>): <c>document/&lt;field&gt;</c>,
/// <c>awards/&lt;index&gt;[/&lt;field&gt;]</c>, <c>awards/-</c>, <c>figures/&lt;index&gt;[/&lt;field&gt;]</c>, <c>figures/-</c>,
/// <c>flags/&lt;id&gt;/status</c>. Indexes are 0-based positions in the extraction's arrays (as in a JSON Pointer).
/// </summary>
public sealed record CorrectionTarget(string Collection, string? Key, string? Field)
{
    public const string Document = "document";
    public const string Awards = "awards";
    public const string Figures = "figures";
    public const string Flags = "flags";
    public const string Append = "-";

    /// <summary>The 0-based index of an award or figure target, or null for <c>-</c> and non-list targets.</summary>
    public int? Index => Key is not null && Key != Append && int.TryParse(Key, out var i) && i >= 0 ? i : null;

    /// <summary>The record the target lies in: <c>document</c>, <c>awards/3</c>, <c>flags/f2</c>.</summary>
    public string Record => Key is null ? Collection : Collection + "/" + Key;

    public static bool TryParse(string? text, out CorrectionTarget target)
    {
        target = new CorrectionTarget("", null, null);
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Trim('/').Split('/');
        switch (parts[0])
        {
            case Document when parts.Length == 2 && DocumentFields.Names.Contains(parts[1]):
                target = new CorrectionTarget(Document, null, parts[1]);
                return true;
            case Awards or Figures when parts.Length is 2 or 3:
            {
                var validKey = parts[1] == Append ? parts.Length == 2 : int.TryParse(parts[1], out var index) && index >= 0 && parts[1] == index.ToString();
                var fields = parts[0] == Awards ? AwardFields.Names : FigureFields.Names;
                if (!validKey || (parts.Length == 3 && !fields.Contains(parts[2]))) return false;
                target = new CorrectionTarget(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
                return true;
            }
            case Flags when parts.Length == 3 && parts[1].Length > 0 && parts[2] == "status":
                target = new CorrectionTarget(Flags, parts[1], "status");
                return true;
            default:
                return false;
        }
    }

    public override string ToString() => Field is null ? Record : Record + "/" + Field;
}
