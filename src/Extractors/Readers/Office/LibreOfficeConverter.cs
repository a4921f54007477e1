namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// Converts legacy Word (.doc), RTF and OpenDocument text to .docx with LibreOffice headless
/// (a private profile per call, so parallel conversions do not share state), under a time and memory limit.
/// </summary>
public sealed class LibreOfficeConverter(TimeSpan timeout, long memoryLimitBytes = 2L * 1024 * 1024 * 1024)
{
    public string? ExecutablePath { get; } = FindOnPath("soffice") ?? FindOnPath("libreoffice");

    /// <summary>Converts and returns the path of the .docx inside <paramref name="workDirectory"/>.</summary>
    public string ConvertToDocx(string path, string formatExtension, string workDirectory, CancellationToken cancellationToken)
    {
        var executable = ExecutablePath ?? throw new ReaderException(
            ReaderErrorCodes.ConverterMissing,
            "Chưa cài LibreOffice nên không đọc được tệp Word cũ (.doc) / LibreOffice is not installed, so legacy Word (.doc) files cannot be read; run scripts/setup.sh.");

        var input = Path.Combine(workDirectory, "input." + formatExtension);
        File.Copy(path, input, overwrite: true);
        var profile = new Uri(Path.Combine(workDirectory, "profile")).AbsoluteUri;
        var output = Path.Combine(workDirectory, Path.GetFileNameWithoutExtension(input) + ".docx");
        var error = string.Empty;
        foreach (var filter in ImportFilters.GetValueOrDefault(formatExtension, [null]))
        {
            List<string> arguments = ["-env:UserInstallation=" + profile, "--headless", "--norestore"];
            if (filter is not null) arguments.Add("--infilter=" + filter);
            arguments.AddRange(["--convert-to", "docx:MS Word 2007 XML", "--outdir", workDirectory, input]);
            var outcome = BoundedProcess.Run(executable, arguments, new ProcessLimits(timeout, memoryLimitBytes), stdout => stdout.CopyTo(Stream.Null), cancellationToken);
            if (outcome.TimedOut)
            {
                throw new ReaderException(
                    ReaderErrorCodes.Timeout,
                    $"LibreOffice chạy quá {timeout.TotalSeconds:0} giây và đã bị dừng / LibreOffice ran longer than {timeout.TotalSeconds:0} s and was stopped.");
            }

            if (outcome.ExitCode == 0 && File.Exists(output)) return output;
            error = outcome.StdErr.Trim();
        }

        throw new ReaderException(
            ReaderErrorCodes.ConversionFailed,
            $"LibreOffice không chuyển được tệp sang .docx (tệp hỏng hoặc không phải văn bản) / LibreOffice could not convert the file to .docx (corrupt or not a text document): {error}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Import filters to force, tried in order. Left to itself, LibreOffice reads a legacy Word file its Word filters refuse
    /// (a corrupt .doc) as plain text and "converts" binary garbage into a document; forced, it fails instead.
    /// Word 97-2003, then Word 95, then Word 6 (each filter reads only its own file-format version).
    /// </summary>
    private static readonly Dictionary<string, string?[]> ImportFilters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doc"] = ["MS Word 97", "MS Word 95", "MS WinWord 6.0"],
    };
}
