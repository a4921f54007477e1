using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// One running <c>uno_convert.py</c> (the script embedded in this assembly) with the LibreOffice it keeps: a private
/// profile, a private UNO pipe, an address-space limit on both (<c>ulimit -v</c>). Requests and answers are JSON lines.
/// Disposing kills the process tree and deletes the profile.
/// </summary>
internal sealed class UnoOffice : IDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;

    private UnoOffice(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    public bool HasExited => _process.HasExited;

    public static UnoOffice Start(UnoTools tools, long memoryLimitBytes, TimeSpan startTimeout)
    {
        var profile = Directory.CreateTempSubdirectory("thidua-office-");
        var psi = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var kb = Math.Max(1, memoryLimitBytes / 1024).ToString(CultureInfo.InvariantCulture);
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("ulimit -v " + kb + " 2>/dev/null; exec \"$0\" \"$@\"");
        psi.ArgumentList.Add(tools.Python);
        psi.ArgumentList.Add(tools.Script);
        psi.ArgumentList.Add(tools.OfficeBinary);
        psi.ArgumentList.Add(new Uri(Path.Combine(profile.FullName, "profile")).AbsoluteUri);
        psi.ArgumentList.Add("thidua-" + Guid.NewGuid().ToString("N"));
        var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var office = new UnoOffice(process, profile);
        var ready = office.ReadAnswer(startTimeout, CancellationToken.None);
        if (ready?["ready"]?.GetValue<bool>() != true)
        {
            office.Dispose();
            throw new InvalidOperationException("LibreOffice (UNO) did not start");
        }

        return office;
    }

    /// <summary>
    /// Converts one file. Null when it converted; the error text when every filter refused it. Throws
    /// <see cref="TimeoutException"/> when the limit passed, <see cref="IOException"/> when LibreOffice died on this file
    /// and <see cref="OfficeNotRunningException"/> when it had died before (the process is then dead or killed: dispose it).
    /// </summary>
    public string? Convert(string input, string output, IReadOnlyList<string?> filters, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var filterArray = new JsonArray();
        foreach (var filter in filters) filterArray.Add(filter is null ? null : JsonValue.Create(filter));
        var request = new JsonObject { ["input"] = input, ["output"] = output, ["filters"] = filterArray };
        try
        {
            _process.StandardInput.WriteLine(request.ToJsonString());
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            throw new OfficeNotRunningException("LibreOffice (UNO) is not running");
        }

        var answer = ReadAnswer(timeout, cancellationToken) ?? throw new IOException("LibreOffice (UNO) stopped");
        if (answer["fatal"]?.GetValue<bool>() == true)
        {
            var error = answer["error"]?.GetValue<string>() ?? "LibreOffice crashed";
            if (answer["attempted"]?.GetValue<bool>() == false) throw new OfficeNotRunningException(error);
            throw new IOException(error);
        }

        return answer["ok"]?.GetValue<bool>() == true ? null : answer["error"]?.GetValue<string>() ?? "unknown error";
    }

    /// <summary>The next answer line; null at end of stream. Kills the process on timeout or cancellation.</summary>
    private JsonNode? ReadAnswer(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var line = _process.StandardOutput.ReadLineAsync(CancellationToken.None).AsTask();
        bool completed;
        try
        {
            completed = line.Wait(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }

        if (!completed)
        {
            Kill();
            throw new TimeoutException();
        }

        var text = line.Result;
        if (text is null) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new IOException("LibreOffice (UNO) answered: " + text);
        }
    }

    private void Kill() => ProcessTree.Kill(_process);

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
        }

        // closing stdin ends the script, which kills its LibreOffice; kill the tree when it does not end soon
        if (!_process.WaitForExit(TimeSpan.FromSeconds(5))) Kill();
        _process.WaitForExit();
        _process.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
