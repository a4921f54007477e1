namespace ThiDua.Store.Postgres;

/// <summary>The life of a queued file: queued → running (leased to a worker) → done, or parked after too many attempts.</summary>
public static class JobStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Parked = "parked";
}
