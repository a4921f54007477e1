using ThiDua.Ingest.Web.Rendering;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// What the diff page's decision buttons need: the document, the two versions, the corrections so far, the form token, and
/// a decision the server refused (shown with its reason).
/// </summary>
public sealed record DiffPageContext(long DocumentId, int A, int B, IReadOnlyList<Correction> Corrections, bool CanEdit, Markup TokenField, RefusedCorrection? Refused = null);
