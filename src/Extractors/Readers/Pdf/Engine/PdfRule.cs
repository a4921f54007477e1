namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>A straight horizontal or vertical ruling line (table border), in points from the page's top-left corner.</summary>
public sealed record PdfRule(double X0, double Y0, double X1, double Y1)
{
    public bool IsHorizontal => Math.Abs(Y1 - Y0) <= Math.Abs(X1 - X0);

    public double Length => Math.Max(Math.Abs(X1 - X0), Math.Abs(Y1 - Y0));

    /// <summary>The rule with its end points ordered left to right or top to bottom.</summary>
    public PdfRule Normalized() => new(Math.Min(X0, X1), Math.Min(Y0, Y1), Math.Max(X0, X1), Math.Max(Y0, Y1));
}
