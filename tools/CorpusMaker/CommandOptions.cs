namespace CorpusMaker;

/// <summary>The parsed command line.</summary>
public sealed record CommandOptions(string InputPath, string OutputPath, bool AutoNumbering)
{
    public static CommandOptions? TryParse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var autoNumbering = false;
        foreach (var arg in args)
        {
            if (arg == "--auto-numbering")
            {
                autoNumbering = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }
            else
            {
                positional.Add(arg);
            }
        }

        return positional.Count == 2 ? new CommandOptions(positional[0], positional[1], autoNumbering) : null;
    }
}
