using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>An SVG affine transform <c>matrix(a,b,c,d,e,f)</c> (also <c>translate</c> and <c>scale</c>).</summary>
public readonly partial record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>This transform applied after <paramref name="inner"/> (inner is nested inside this one).</summary>
    public Matrix Then(Matrix inner) => new(
        A * inner.A + C * inner.B,
        B * inner.A + D * inner.B,
        A * inner.C + C * inner.D,
        B * inner.C + D * inner.D,
        A * inner.E + C * inner.F + E,
        B * inner.E + D * inner.F + F);

    public static Matrix Parse(string text)
    {
        var m = Identity;
        foreach (Match f in Function().Matches(text))
        {
            var args = f.Groups[2].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Select(a => double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
            var next = f.Groups[1].Value switch
            {
                "matrix" when args.Length == 6 => new Matrix(args[0], args[1], args[2], args[3], args[4], args[5]),
                "translate" when args.Length >= 1 => new Matrix(1, 0, 0, 1, args[0], args.Length > 1 ? args[1] : 0),
                "scale" when args.Length >= 1 => new Matrix(args[0], 0, 0, args.Length > 1 ? args[1] : args[0], 0, 0),
                _ => Identity,
            };
            m = m.Then(next);
        }

        return m;
    }

    [GeneratedRegex(@"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")]
    private static partial Regex Function();
}
