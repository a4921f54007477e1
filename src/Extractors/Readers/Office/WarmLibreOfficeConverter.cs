namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// Converts to .docx through one long-lived LibreOffice (driven over UNO by <c>uno_convert.py</c>), started on the
/// first file and kept for the next ones: about 0.1-0.3 s a file instead of a LibreOffice start each. One conversion at
/// a time. A file that passes the time limit fails alone; one that makes LibreOffice crash gets one conversion by a
/// LibreOffice of its own, then fails alone: that LibreOffice is killed and the next file starts a fresh one. Without python3-uno it converts through <paramref name="fallback"/> (one start per file).
/// </summary>
public sealed class WarmLibreOfficeConverter(TimeSpan timeoutPerFile, LibreOfficeConverter fallback, long memoryLimitBytes = 2L * 1024 * 1024 * 1024) : IWordConverter, IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Lock _gate = new();
    private UnoOffice? _office;
    private bool _unavailable;

    /// <summary>How many LibreOffice processes this converter started (1 while none crashed or hung).</summary>
    public int Starts { get; private set; }

    public string ConvertToDocx(string path, string formatExtension, string workDirectory, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Office() is null) return fallback.ConvertToDocx(path, formatExtension, workDirectory, cancellationToken);

            // a copy named by its format, so that LibreOffice's type detection is not misled by a wrong extension
            var input = Path.Combine(workDirectory, "input." + formatExtension);
            File.Copy(path, input, overwrite: true);
            var output = Path.Combine(workDirectory, "input.docx");
            string? error;
            try
            {
                error = ConvertOnce(input, output, formatExtension, cancellationToken);
            }
            catch (TimeoutException)
            {
                Retire();
                throw OfficeErrors.Timeout(timeoutPerFile);
            }
            catch (IOException crash)
            {
                Retire();
                return ConvertCold(path, formatExtension, workDirectory, crash, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Retire();
                throw;
            }

            if (error is not null) throw OfficeErrors.Failed(error);
            if (!File.Exists(output)) throw OfficeErrors.Failed("no output");
            return output;
        }
    }

    /// <summary>
    /// Converts on the running LibreOffice; when that one died (before this file or during it: a death between files is
    /// not always seen before the next call), once more on a fresh one. A file that crashes the fresh one fails.
    /// </summary>
    private string? ConvertOnce(string input, string output, string formatExtension, CancellationToken cancellationToken)
    {
        try
        {
            return _office!.Convert(input, output, WordImportFilters.For(formatExtension), timeoutPerFile, cancellationToken);
        }
        catch (IOException)
        {
            Retire();
            var fresh = Office() ?? throw OfficeErrors.Crashed("LibreOffice could not be started again");
            return fresh.Convert(input, output, WordImportFilters.For(formatExtension), timeoutPerFile, cancellationToken);
        }
    }

    /// <summary>
    /// A file that crashed LibreOffice twice over UNO gets one conversion by a LibreOffice of its own (one start, as
    /// <c>soffice --convert-to</c>): LibreOffice 7.4 crashes when a Word 97 file with comments is opened over UNO, not
    /// when it converts it alone. A file that fails that way too fails alone with the crash as its cause.
    /// </summary>
    private string ConvertCold(string path, string formatExtension, string workDirectory, IOException crash, CancellationToken cancellationToken)
    {
        try
        {
            return fallback.ConvertToDocx(path, formatExtension, workDirectory, cancellationToken);
        }
        catch (ReaderException failure) when (failure.Code == ReaderErrorCodes.ConversionFailed)
        {
            throw OfficeErrors.Crashed(crash.Message);
        }
    }

    /// <summary>The running LibreOffice, started when there is none; null when UNO is unavailable here.</summary>
    private UnoOffice? Office()
    {
        if (_office is { HasExited: true }) Retire();
        if (_office is not null || _unavailable) return _office;
        var tools = UnoTools.Get();
        if (tools is null)
        {
            _unavailable = true;
            return null;
        }

        try
        {
            _office = UnoOffice.Start(tools, memoryLimitBytes, StartTimeout);
            Starts++;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
        {
            // LibreOffice would not start through UNO here: one start per file still works
            _unavailable = true;
        }

        return _office;
    }

    private void Retire()
    {
        _office?.Dispose();
        _office = null;
    }

    public void Dispose()
    {
        lock (_gate) Retire();
    }
}
