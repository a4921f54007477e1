namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// One hostile input: how to make it (into a given folder, returning the path), the outcome codes accepted
/// (<see cref="Success"/> for a report) and a fragment the English half of the error message must contain (the cause).
/// </summary>
public sealed record HostileCase(string Name, Func<string, string> Make, string[] Outcomes, string? Cause)
{
    public const string Success = "ok";

    public override string ToString() => Name;
}
