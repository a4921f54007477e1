using System.Diagnostics;

namespace ThiDua.Extractors.Readers;

/// <summary>Kills a child process with everything it started, ignoring a process that is already gone.</summary>
public static class ProcessTree
{
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }
}
