using System.Reflection;
using System.Security.Cryptography;

namespace ThiDua.Extractors.Readers.Office;

/// <summary>
/// What a warm LibreOffice needs: Debian's python3 with the <c>uno</c> module (package <c>python3-uno</c>), the
/// conversion script (embedded; written once to a temporary file) and LibreOffice's <c>soffice.bin</c>. Null when a part
/// is missing, so that the caller falls back to one LibreOffice start per file.
/// </summary>
internal sealed record UnoTools(string Python, string Script, string OfficeBinary)
{
    private static readonly Lazy<UnoTools?> Found = new(Find);

    public static UnoTools? Get() => Found.Value;

    private static UnoTools? Find()
    {
        // Debian's uno module is built for the system python, not for another python3 found first on PATH (pyenv)
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : LibreOfficeConverter.FindOnPath("python3");
        var soffice = LibreOfficeConverter.FindOnPath("soffice") ?? LibreOfficeConverter.FindOnPath("libreoffice");
        if (python is null || soffice is null) return null;
        var program = new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice;
        var binary = Path.Combine(Path.GetDirectoryName(program)!, "soffice.bin");
        if (!File.Exists(binary) || !HasUno(python)) return null;
        return new UnoTools(python, WriteScript(), binary);
    }

    private static bool HasUno(string python)
    {
        var outcome = BoundedProcess.Run(python, ["-c", "import uno"], new ProcessLimits(TimeSpan.FromSeconds(30), 1L << 30), stdout => stdout.CopyTo(Stream.Null), CancellationToken.None);
        return outcome.ExitCode == 0;
    }

    /// <summary>The script in a temporary folder named by its content hash: written once per machine and version.</summary>
    private static string WriteScript()
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("uno_convert.py")
            ?? throw new InvalidOperationException("uno_convert.py is not embedded");
        using var memory = new MemoryStream();
        resource.CopyTo(memory);
        var hash = Convert.ToHexStringLower(SHA256.HashData(memory.ToArray()))[..16];
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "thidua-uno-" + hash));
        var path = Path.Combine(folder.FullName, "uno_convert.py");
        if (File.Exists(path)) return path;
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temporary, memory.ToArray());
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
