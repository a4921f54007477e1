using System.Text.Json;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Office;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// The child side of a reader process (<c>thidua reader-host</c>): reads requests from stdin, reads each file with the
/// default pipeline's reader for its format (the same builder as in-process, so the same PDF engine), and answers with
/// the layout or the reader's coded error on stdout. Legacy Word goes through one warm LibreOffice kept by this process.
/// Runs until stdin closes or its parent goes away.
/// </summary>
internal static class ReaderHost
{
    /// <summary>Exit code after answering a file that exhausted the managed heap: the pool starts a fresh process.</summary>
    public const int RetiredExitCode = 3;

    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromSeconds(60);

    public static int Run(Stream input, Stream output)
    {
        Console.SetOut(Console.Error); // stdout carries the messages: nothing else may write to it
        ParentWatch.Start();
        using var converter = new WarmLibreOfficeConverter(ConversionTimeout, new LibreOfficeConverter(TimeSpan.FromSeconds(90)));
        var readers = IngestPipelineBuilder.CreateDefault(converter).Readers;
        while (Frames.Read(input) is { } payload)
        {
            var request = JsonSerializer.Deserialize(payload, ReaderMessageJsonContext.Default.ReaderRequest)
                ?? throw new InvalidDataException("empty request");
            var response = Answer(readers, request);
            Frames.Write(output, Serialize(response));
            if (response.Retire) return RetiredExitCode;
        }

        return 0;
    }

    private static ReaderResponse Answer(IReadOnlyDictionary<string, IDocumentReader> readers, ReaderRequest request)
    {
        if (!readers.TryGetValue(request.Format, out var reader))
        {
            return new(null, ReaderErrorCodes.UnsupportedFormat, $"Định dạng không được hỗ trợ: {request.Format} / Unsupported format: {request.Format}.");
        }

        try
        {
            return new(reader.Read(request.Path, CancellationToken.None), null, null);
        }
        catch (ReaderException e)
        {
            return new(null, e.Code, e.Message);
        }
        catch (OutOfMemoryException)
        {
            return ReaderProcessErrors.OutOfMemory();
        }
        catch (InsufficientExecutionStackException)
        {
            return new(null, ReaderErrorCodes.CorruptFile, "Cấu trúc tệp lồng nhau quá sâu / The file's structure is nested too deeply.");
        }
        catch (Exception e)
        {
            return new(null, ReaderErrorCodes.InternalError, $"Lỗi nội bộ khi đọc tệp / Internal error while reading the file: {e.GetType().Name}: {e.Message}");
        }
    }

    private static byte[] Serialize(ReaderResponse response)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(response, ReaderMessageJsonContext.Default.ReaderResponse);
        }
        catch (OutOfMemoryException)
        {
            return JsonSerializer.SerializeToUtf8Bytes(ReaderProcessErrors.OutOfMemory(), ReaderMessageJsonContext.Default.ReaderResponse);
        }
        catch (JsonException e)
        {
            var error = new ReaderResponse(null, ReaderErrorCodes.CorruptFile, $"Bố cục tệp lồng nhau quá sâu / The file's layout is nested too deeply: {e.Message}");
            return JsonSerializer.SerializeToUtf8Bytes(error, ReaderMessageJsonContext.Default.ReaderResponse);
        }
    }
}
