namespace ThiDua.Store.Postgres;

/// <summary>How many jobs are in each state.</summary>
public sealed record JobCounts(int Queued, int Running, int Done, int Parked)
{
    public bool Open => Queued + Running > 0;
}
