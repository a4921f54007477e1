using System.Globalization;

namespace ThiDua.Benchmark.Reporting;

/// <summary>Number formatting for the table (invariant culture).</summary>
public static class Units
{
    public static string Bytes(double bytes) => bytes switch
    {
        >= 1L << 30 => F(bytes / (1L << 30), "0.00") + " GiB",
        >= 1L << 20 => F(bytes / (1L << 20), "0.0") + " MiB",
        >= 1L << 10 => F(bytes / (1L << 10), "0") + " KiB",
        _ => F(bytes, "0") + " B",
    };

    public static string F(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
