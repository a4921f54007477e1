namespace ThiDua.Ingest.Cli;

/// <summary>One file to ingest: its path, whether it was named on the command line (not found in a folder walk), and its output name.</summary>
public sealed record InputFile(string Path, bool Explicit, string OutputName);
