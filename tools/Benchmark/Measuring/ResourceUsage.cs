using System.Runtime.InteropServices;

namespace ThiDua.Benchmark.Measuring;

/// <summary>
/// getrusage(2) on Linux: CPU time of this process and of its waited-for children (the PDF engine processes). Null elsewhere.
/// (Its ru_maxrss for children is not used: exec carries over the forked copy's peak, which is this process's size.)
/// </summary>
public static class ResourceUsage
{
    private const int Self = 0;
    private const int Children = -1;
    private const int Thread = 1;

    public static CpuTimes? Read()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (GetRUsage(Self, out var self) != 0 || GetRUsage(Children, out var children) != 0) return null;
            return new CpuTimes(self.CpuSeconds, children.CpuSeconds);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>CPU seconds used so far by the calling thread (RUSAGE_THREAD); null where unavailable.</summary>
    public static double? ThreadCpuSeconds()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return GetRUsage(Thread, out var thread) == 0 ? thread.CpuSeconds : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRUsage(int who, out RUsage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct RUsage
    {
        private readonly long _userSeconds;
        private readonly long _userMicroseconds;
        private readonly long _systemSeconds;
        private readonly long _systemMicroseconds;
        private readonly long _maxRss;
        private readonly long _ixrss;
        private readonly long _idrss;
        private readonly long _isrss;
        private readonly long _minflt;
        private readonly long _majflt;
        private readonly long _nswap;
        private readonly long _inblock;
        private readonly long _oublock;
        private readonly long _msgsnd;
        private readonly long _msgrcv;
        private readonly long _nsignals;
        private readonly long _nvcsw;
        private readonly long _nivcsw;

        public double CpuSeconds => _userSeconds + _systemSeconds + ((_userMicroseconds + _systemMicroseconds) / 1e6);
    }
}
