using System.Diagnostics;

namespace ThiDua.Store.Tests.Support;

/// <summary>
/// Runs LibreOffice for real: <c>soffice --headless --convert-to csv</c> with the CSV filter's sheet option -1, which
/// writes every sheet to its own <c>&lt;name&gt;-&lt;sheet&gt;.csv</c> (UTF-8, comma, quoted text, cells as shown).
/// A private profile folder keeps it apart from other LibreOffice processes.
/// </summary>
public static class LibreOffice
{
    private const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    public static IReadOnlyDictionary<string, string> ConvertEachSheetToCsv(string xlsx, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var profile = Path.Combine(outputFolder, "lo-profile");
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", CsvFilter, "--outdir", outputFolder, xlsx })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish converting " + xlsx);
        }

        Assert.True(process.ExitCode == 0, $"soffice exit {process.ExitCode}: {output.Result} {error.Result}");
        var prefix = Path.GetFileNameWithoutExtension(xlsx) + "-";
        Assert.True(Directory.EnumerateFiles(outputFolder, prefix + "*.csv").Any(), $"soffice wrote no CSV: {output.Result} {error.Result} {string.Join(", ", Directory.EnumerateFileSystemEntries(outputFolder))}");
        return Directory.EnumerateFiles(outputFolder, prefix + "*.csv")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path)[prefix.Length..], path => path);
    }
}
