namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// Converts legacy Word (.doc), RTF and OpenDocument text to .docx with one LibreOffice headless start per file
/// (a private profile per call, so parallel conversions do not share state), under a time and memory limit.
/// <see cref="WarmLibreOfficeConverter"/> keeps one LibreOffice running instead.
/// </summary>
public sealed class LibreOfficeConverter(TimeSpan timeout, long memoryLimitBytes = 2L * 1024 * 1024 * 1024) : IWordConverter
{
    public string? ExecutablePath { get; } = FindOnPath("soffice") ?? FindOnPath("libreoffice");

    /// <summary>Converts and returns the path of the .docx inside <paramref name="workDirectory"/>.</summary>
    public string ConvertToDocx(string path, string formatExtension, string workDirectory, CancellationToken cancellationToken)
    {
        var executable = ExecutablePath ?? throw OfficeErrors.Missing();

        var input = Path.Combine(workDirectory, "input." + formatExtension);
        File.Copy(path, input, overwrite: true);
        var profile = new Uri(Path.Combine(workDirectory, "profile")).AbsoluteUri;
        var output = Path.Combine(workDirectory, Path.GetFileNameWithoutExtension(input) + ".docx");
        var error = string.Empty;
        foreach (var filter in WordImportFilters.For(formatExtension))
        {
            List<string> arguments = ["-env:UserInstallation=" + profile, "--headless", "--norestore"];
            if (filter is not null) arguments.Add("--infilter=" + filter);
            arguments.AddRange(["--convert-to", "docx:MS Word 2007 XML", "--outdir", workDirectory, input]);
            var outcome = BoundedProcess.Run(executable, arguments, new ProcessLimits(timeout, memoryLimitBytes), stdout => stdout.CopyTo(Stream.Null), cancellationToken);
            if (outcome.TimedOut) throw OfficeErrors.Timeout(timeout);
            if (outcome.ExitCode == 0 && File.Exists(output)) return output;
            error = outcome.StdErr.Trim();
        }

        throw OfficeErrors.Failed(error);
    }

    internal static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
