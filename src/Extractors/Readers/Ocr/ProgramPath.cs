namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>Where a program is: the path itself when it names a file, else the first match on PATH.</summary>
internal static class ProgramPath
{
    public static string? Find(string program)
    {
        if (program.Contains('/')) return File.Exists(program) ? Path.GetFullPath(program) : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }
}
