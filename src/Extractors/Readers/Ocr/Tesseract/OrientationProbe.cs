using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Tesseract's orientation and script detection (<c>--psm 0</c>, <c>osd.traineddata</c>): the clockwise rotation that
/// puts the page upright. A page with too little text, or a guess below the confidence floor, stays as it is.
/// </summary>
internal static partial class OrientationProbe
{
    private const double MinConfidence = 2;

    public static int Rotation(TesseractRunner runner, string image, CancellationToken cancellationToken)
    {
        var report = TesseractRunner.Text(runner.Tesseract([image, "stdout", "--psm", "0"], cancellationToken, allowFailure: true));
        var rotate = RotateLine().Match(report);
        var confidence = ConfidenceLine().Match(report);
        if (!rotate.Success || !confidence.Success) return 0;
        var degrees = int.Parse(rotate.Groups[1].Value, CultureInfo.InvariantCulture);
        return double.Parse(confidence.Groups[1].Value, CultureInfo.InvariantCulture) >= MinConfidence ? degrees : 0;
    }

    [GeneratedRegex(@"Rotate:\s*(\d+)")]
    private static partial Regex RotateLine();

    [GeneratedRegex(@"Orientation confidence:\s*([\d.]+)")]
    private static partial Regex ConfidenceLine();
}
