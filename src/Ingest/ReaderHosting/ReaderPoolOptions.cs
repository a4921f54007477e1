namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// The reader processes' number and limits. HostCommand is the program and leading arguments that start this binary
/// (<c>reader-host</c> is appended). Memory is capped three ways, because .NET reserves far more address space than it
/// uses: the managed heap by <c>DOTNET_GCHeapHardLimit</c> (a clean OutOfMemoryException, answered <c>too_large</c>), the
/// resident set by the pool watching <c>/proc/PID/status</c> during each file (native memory too: the process is killed),
/// and the address space by <c>ulimit -v</c> as a backstop set high enough for .NET to start (it does not below ~2 GiB
/// without a heap limit).
/// </summary>
internal sealed record ReaderPoolOptions(
    int Size,
    IReadOnlyList<string> HostCommand,
    long ManagedHeapLimitBytes,
    long ResidentLimitBytes,
    long AddressSpaceLimitBytes)
{
    /// <summary>One process per core, 1 GiB managed heap, 1.5 GiB resident, 4 GiB address space (Poppler and LibreOffice, their children, set their own lower limits).</summary>
    public static ReaderPoolOptions Default { get; } = new(Environment.ProcessorCount, ThisBinary(), 1L << 30, 3L << 29, 4L << 30);

    /// <summary>The apphost next to this assembly (<c>thidua</c>), else <c>dotnet thidua.dll</c>.</summary>
    public static IReadOnlyList<string> ThisBinary()
    {
        var assembly = typeof(ReaderPoolOptions).Assembly.Location;
        var apphost = Path.ChangeExtension(assembly, null);
        if (File.Exists(apphost)) return [apphost];
        var muxer = Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        return [muxer, assembly];
    }
}
