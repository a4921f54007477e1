using System.Globalization;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// OCR with the Tesseract CLI. Per page: rendered in colour (pdftoppm for PDF pages, ImageMagick for image frames) and
/// made grey with coloured ink (stamps, signatures) dropped (<see cref="ColorInkDropout"/>),
/// read as hOCR with character boxes (<c>-l vie --psm 3</c>); a page read with low confidence is
/// put upright by Tesseract's orientation detection (<c>--psm 0</c>, osd.traineddata) and read again; its raised glyphs
/// are read again as footnote markers; skew is straightened on the word coordinates. Pages run in parallel, one single-threaded Tesseract per core.
/// </summary>
public sealed class TesseractEngine : IOcrEngine
{
    /// <summary>A4 width in points: an image with no page size is taken as a page of A4 width.</summary>
    private const double A4Width = 595.28;

    /// <summary>Below this mean word confidence a page may be turned: orientation detection is asked.</summary>
    private const double UprightConfidence = 60;

    private readonly TesseractOptions _options;
    private readonly Lazy<(string? Path, string? Version, string? Problem)> _probe;

    public TesseractEngine()
        : this(TesseractOptions.Default)
    {
    }

    public TesseractEngine(TesseractOptions options)
    {
        _options = options;
        _probe = new Lazy<(string?, string?, string?)>(Probe);
    }

    public string Name => $"tesseract {_probe.Value.Version ?? "unknown"} ({_options.Language})";

    public string? Unavailability => _probe.Value.Problem;

    public IReadOnlyList<PdfPageText> ReadPdfPages(string path, IReadOnlyList<PdfPageText> pageSizes, CancellationToken cancellationToken)
    {
        var runner = Runner();
        var full = System.IO.Path.GetFullPath(path);
        return ForEachPage(pageSizes.Select(p => p.Number).ToList(), (number, scratch) =>
        {
            var raw = System.IO.Path.Combine(scratch, "page");
            GrayImage? dropped = null;
            if (_options.InkDropout)
            {
                runner.Rasterize(full, number, raw, colour: true, cancellationToken);
                dropped = ColorInkDropout.ReadPpm(raw + ".ppm");
                File.Delete(raw + ".ppm");
            }

            if (dropped is null) runner.Rasterize(full, number, raw, colour: false, cancellationToken);
            else dropped.WritePgm(raw + ".pgm");
            return ReadPage(runner, raw + ".pgm", number, 72.0 / _options.Dpi, _options.Dpi, scratch, cancellationToken);
        }, cancellationToken);
    }

    public IReadOnlyList<PdfPageText> ReadImage(string path, CancellationToken cancellationToken)
    {
        var runner = Runner();
        using var frames = new ScratchDirectory();
        var full = System.IO.Path.GetFullPath(path);
        var files = _options.InkDropout ? InkDroppedFrames(runner, full, frames.Path, cancellationToken) : GreyFrames(runner, full, frames.Path, cancellationToken);
        if (files.Count == 0) throw OcrErrors.Failed("convert: no image frame");
        return ForEachPage(Enumerable.Range(1, files.Count).ToList(), (number, scratch) =>
        {
            var (width, height) = PgmSize(files[number - 1]);
            var pointsPerPixel = A4Width / Math.Min(width, height);
            return ReadPage(runner, files[number - 1], number, pointsPerPixel, null, scratch, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Every frame of the image (a multi-page TIFF has several) as its own grey PGM.</summary>
    private static List<string> GreyFrames(TesseractRunner runner, string image, string folder, CancellationToken cancellationToken)
    {
        runner.Convert([image, "-colorspace", "Gray", "-depth", "8", "+adjoin", System.IO.Path.Combine(folder, "frame-%04d.pgm")], cancellationToken);
        return Directory.GetFiles(folder, "frame-*.pgm").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every frame as its own colour PPM, then grey with its coloured ink (stamps) dropped; a frame mostly in colour (a
    /// photograph) made grey by ImageMagick.
    /// </summary>
    private static List<string> InkDroppedFrames(TesseractRunner runner, string image, string folder, CancellationToken cancellationToken)
    {
        runner.Convert([image, "-colorspace", "sRGB", "-type", "TrueColor", "-depth", "8", "+adjoin", System.IO.Path.Combine(folder, "frame-%04d.ppm")], cancellationToken);
        var files = Directory.GetFiles(folder, "frame-*.ppm").Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var gray = System.IO.Path.ChangeExtension(files[i], ".pgm");
            if (ColorInkDropout.ReadPpm(files[i]) is { } dropped) dropped.WritePgm(gray);
            else runner.Convert([$"{image}[{i.ToString(CultureInfo.InvariantCulture)}]", "-colorspace", "Gray", "-depth", "8", gray], cancellationToken);
            File.Delete(files[i]);
            files[i] = gray;
        }

        return files;
    }

    private List<PdfPageText> ForEachPage(IReadOnlyList<int> numbers, Func<int, string, PdfPageText> read, CancellationToken cancellationToken)
    {
        var pages = new PdfPageText[numbers.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, numbers.Count, parallel, i =>
            {
                using var scratch = new ScratchDirectory();
                pages[i] = read(numbers[i], scratch.Path);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is ReaderException or OperationCanceledException) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }

        return [.. pages];
    }

    /// <summary>
    /// One page: read upright first; a page read with little confidence, or whose lines stand on end (turned a quarter),
    /// is asked for its orientation and, when Tesseract finds it turned, turned back and read again. Skew is left to Tesseract's line finding and straightened on the
    /// coordinates (<see cref="HocrPageBuilder"/>).
    /// </summary>
    private static PdfPageText ReadPage(TesseractRunner runner, string image, int number, double pointsPerPixel, int? dpi, string scratch, CancellationToken cancellationToken)
    {
        var lines = Recognize(runner, image, dpi, cancellationToken);
        var standing = LinesStandUpright(lines);
        if ((standing || MeanConfidence(lines) < UprightConfidence) && OrientationProbe.Rotation(runner, image, cancellationToken) is var rotation and not 0)
        {
            var turned = System.IO.Path.Combine(scratch, "turned.pgm");
            runner.Convert([image, "-rotate", rotation.ToString(CultureInfo.InvariantCulture), "+repage", "-depth", "8", turned], cancellationToken);
            var again = Recognize(runner, turned, dpi, cancellationToken);
            if ((standing && !LinesStandUpright(again)) || MeanConfidence(again) > MeanConfidence(lines))
            {
                lines = again;
                image = turned;
            }
        }

        var pixels = GrayImage.ReadPgm(image);
        var candidates = RaisedGlyphFinder.Find(pixels, lines);
        var markers = MarkerReader.Read(pixels, candidates, runner, scratch, cancellationToken)
            .ToDictionary(m => (m.Key.LineIndex, m.Key.WordIndex), m => (m.Key, m.Value));
        return HocrPageBuilder.Build(number, pixels.Width, pixels.Height, lines, markers, StrokeWeight.BoldWords(pixels, lines), pointsPerPixel);
    }

    private static List<HocrLine> Recognize(TesseractRunner runner, string image, int? dpi, CancellationToken cancellationToken)
    {
        List<string> args = [image, "stdout", "-l", runner.Options.Language, "--psm", "3", "-c", "hocr_char_boxes=1"];
        if (dpi is { } d) args.AddRange(["--dpi", d.ToString(CultureInfo.InvariantCulture)]);
        args.Add("hocr");
        return HocrParser.Parse(new MemoryStream(runner.Tesseract(args, cancellationToken))).Lines;
    }

    /// <summary>
    /// Most text lines stand taller than wide: a page turned a quarter, whose text Tesseract reads well (its line finder
    /// follows vertical lines) but with every line's box and baseline on end, which no layout can use.
    /// </summary>
    private static bool LinesStandUpright(List<HocrLine> lines)
    {
        var text = lines.Where(l => l.Words.Count >= 3).ToList();
        return text.Count >= 3 && text.Count(l => l.Box.Height > 2 * l.Box.Width) * 2 > text.Count;
    }

    /// <summary>Mean word confidence weighted by word length; 0 for a page with almost no words.</summary>
    private static double MeanConfidence(List<HocrLine> lines)
    {
        var words = lines.SelectMany(l => l.Words).ToList();
        var letters = words.Sum(w => w.Text.Length);
        return letters < 20 ? 0 : words.Sum(w => w.Confidence * w.Text.Length) / letters;
    }

    private TesseractRunner Runner()
    {
        var (path, _, problem) = _probe.Value;
        if (problem is not null || path is null) throw OcrErrors.Unavailable(problem ?? "tesseract");
        return new TesseractRunner(_options, path);
    }

    private static (int Width, int Height) PgmSize(string path)
    {
        var image = GrayImage.ReadPgm(path);
        return (image.Width, image.Height);
    }

    /// <summary>Finds the programs and the language data; the first problem found, in words a user can act on.</summary>
    private (string?, string?, string?) Probe()
    {
        var tesseract = ProgramPath.Find(_options.Executable);
        if (tesseract is null) return (null, null, $"không tìm thấy chương trình '{_options.Executable}' / program '{_options.Executable}' not found");
        if (ProgramPath.Find(_options.ConvertExecutable) is null)
        {
            return (null, null, $"không tìm thấy ImageMagick '{_options.ConvertExecutable}' (apt-get install imagemagick) / ImageMagick '{_options.ConvertExecutable}' not found (apt-get install imagemagick)");
        }

        try
        {
            var limits = new ProcessLimits(TimeSpan.FromSeconds(30), _options.Limits.MemoryLimitBytes);
            using var langs = new MemoryStream();
            var outcome = BoundedProcess.Run(tesseract, ["--list-langs"], limits, s => s.CopyTo(langs), CancellationToken.None);
            var listed = TesseractRunner.Text(langs.ToArray()).Split('\n', StringSplitOptions.TrimEntries);
            if (!listed.Contains(_options.Language, StringComparer.Ordinal))
            {
                return (null, null, $"Tesseract không có dữ liệu ngôn ngữ '{_options.Language}' / Tesseract has no '{_options.Language}' language data");
            }

            using var version = new MemoryStream();
            var v = BoundedProcess.Run(tesseract, ["--version"], limits, s => s.CopyTo(version), CancellationToken.None);
            var first = (TesseractRunner.Text(version.ToArray()) + "\n" + v.StdErr).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .FirstOrDefault(l => l.StartsWith("tesseract", StringComparison.OrdinalIgnoreCase));
            return (tesseract, first?.Split(' ').ElementAtOrDefault(1) ?? "unknown", outcome.TimedOut ? "tesseract --list-langs timed out" : null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, null, $"không chạy được '{_options.Executable}' / cannot run '{_options.Executable}': {e.Message}");
        }
    }
}
