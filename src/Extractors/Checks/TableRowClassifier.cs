using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Checks;

/// <summary>Tells parts (Roman numbering), items (Arabic numbering), sub-rows (blank or dash numbering and a breakdown label) and total rows apart.</summary>
public static partial class TableRowClassifier
{
    public static TableRowKind Classify(string numbering, string label)
    {
        if (TotalLabel().IsMatch(label) || TotalLabel().IsMatch(numbering)) return TableRowKind.Total;
        if (Roman().IsMatch(numbering)) return TableRowKind.Part;
        if (Arabic().IsMatch(numbering)) return TableRowKind.Item;
        if (numbering is "" or "-" or "+" or "–" && SubLabel().IsMatch(label)) return TableRowKind.SubRow;
        return TableRowKind.Other;
    }

    [GeneratedRegex(@"^\s*(tổng cộng|tổng số|cộng)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"^[IVXL]+\.?$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^\s*([-+–]\s*)?(trong đó|khen|gd\b|gia đình)", RegexOptions.IgnoreCase)]
    private static partial Regex SubLabel();
}
