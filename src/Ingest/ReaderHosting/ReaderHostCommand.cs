using System.CommandLine;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary><c>thidua reader-host</c>: the hidden command a reader process runs (see <see cref="ReaderHost"/>).</summary>
internal static class ReaderHostCommand
{
    public const string Name = "reader-host";

    public static Command Create()
    {
        var command = new Command(Name, "Tiến trình đọc tệp (nội bộ) / reader process (internal)") { Hidden = true };
        command.SetAction(_ => ReaderHost.Run(Console.OpenStandardInput(), Console.OpenStandardOutput()));
        return command;
    }
}
