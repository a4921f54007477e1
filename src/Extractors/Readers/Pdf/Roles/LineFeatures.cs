using Microsoft.ML.Data;

namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>One line as the model sees it: its measures relative to the document's body text, and its role when known.</summary>
public sealed class LineFeatures
{
    public const int Count = 24;

    public static readonly string[] Names =
    [
        "size_ratio", "bold", "italic", "indent", "right_gap", "centre_offset", "width_ratio", "top_fraction", "gap_above",
        "gap_below", "numbering_roman", "numbering_arabic", "numbering_letter", "numbering_bullet", "numbering_part",
        "upper_fraction", "segments", "length", "starts_with_marker", "first_page", "page_position", "opens_note",
        "below_note_opener", "document_position",
    ];

    [VectorType(Count)]
    public float[] Features { get; set; } = new float[Count];

    public string Label { get; set; } = "";
}
