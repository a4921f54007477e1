using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Legacy;
using ThiDua.Extractors.Pipeline.Stages;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Office;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Structure;
using ThiDua.Extractors.Vietnamese.Awards;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Pipeline;

/// <summary>
/// Assembles the pipeline: readers by format code and the ordered stages after structure recovery.
/// A new format is one more reader; a new check or extractor is one more stage.
/// </summary>
public sealed class IngestPipelineBuilder
{
    private readonly Dictionary<string, IDocumentReader> _readers = new(StringComparer.Ordinal);
    private readonly List<ILayoutTransform> _transforms = [];
    private readonly List<IReportStage> _stages = [];
    private Func<string, decimal?> _cellValue = _ => null;
    private TimeSpan _timeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Every reader (Word, legacy Word through LibreOffice, PDF text layer with OCR for scanned pages, scanned images)
    /// and stage (awards, figures, checks). <paramref name="wordConverter"/> converts .doc/.rtf/.odt (default: one
    /// LibreOffice start per file).
    /// </summary>
    public static IngestPipelineBuilder CreateDefault(IWordConverter? wordConverter = null)
    {
        var builder = new IngestPipelineBuilder();
        var docx = new DocxReader();
        var converter = wordConverter ?? new LibreOfficeConverter(TimeSpan.FromSeconds(90));
        builder.AddReader(docx).AddReader(new PdfReader()).AddReader(new ImageReader());
        foreach (var format in new[] { "doc", "rtf", "odt" }) builder.AddReader(new ConvertedWordReader(format, converter, docx));
        return builder
            .AddTransform(new LegacyEncodingTransform())
            .AddTransform(new GlyphLookalikeTransform())
            .UseCellValues(text => NumberReader.TryReadCellValue(text, out var value) ? value : null)
            .AddStage(new AwardStage(AwardExtractor.CreateDefault()))
            .AddStage(new FigureStage(new FigureExtractor()))
            .AddStage(new CheckStage(ConsistencyChecker.CreateDefault()));
    }

    /// <summary>The readers added so far, by format code (a decorator wraps one and adds it again under its code).</summary>
    public IReadOnlyDictionary<string, IDocumentReader> Readers => _readers;

    /// <summary>The layout transforms added so far, in order (the benchmark times them one by one).</summary>
    public IReadOnlyList<ILayoutTransform> Transforms => _transforms;

    /// <summary>The report stages added so far, in order.</summary>
    public IReadOnlyList<IReportStage> Stages => _stages;

    /// <summary>The cell-value reader the structure builder gets.</summary>
    public Func<string, decimal?> CellValues => _cellValue;

    public IngestPipelineBuilder AddReader(IDocumentReader reader)
    {
        _readers[reader.Format] = reader;
        return this;
    }

    public IngestPipelineBuilder AddTransform(ILayoutTransform transform)
    {
        _transforms.Add(transform);
        return this;
    }

    public IngestPipelineBuilder AddStage(IReportStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public IngestPipelineBuilder UseCellValues(Func<string, decimal?> cellValue)
    {
        _cellValue = cellValue;
        return this;
    }

    public IngestPipelineBuilder WithTimeout(TimeSpan timeout)
    {
        _timeout = timeout;
        return this;
    }

    public IngestPipeline Build() => new(new Dictionary<string, IDocumentReader>(_readers), _transforms.ToArray(), new StructureBuilder(_cellValue), _stages.ToArray(), _timeout);
}
