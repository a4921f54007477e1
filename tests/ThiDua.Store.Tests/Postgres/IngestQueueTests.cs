using ThiDua.Store.Postgres;
using ThiDua.Store.Tests.Sql;

namespace ThiDua.Store.Tests.Postgres;

/// <summary>The queue's rules on a real PostgreSQL: one job per content and path, leases, a lost lease, parking after N attempts.</summary>
[Collection(PostgresCollection.Name)]
public sealed class IngestQueueTests(PostgresCluster cluster, StoreFixture fixture)
{
    [Fact]
    public async Task A_file_is_queued_once_per_content_and_path_and_claimed_by_one_worker_at_a_time()
    {
        await using var store = PostgresReportStore.Open(cluster.CreateDatabase());
        var queue = store.Queue;
        Assert.True(await queue.EnqueueAsync(fixture.First.Path));
        Assert.False(await queue.EnqueueAsync(fixture.First.Path));

        var job = await queue.ClaimAsync("a", TimeSpan.FromMinutes(1));
        Assert.NotNull(job);
        Assert.Equal((Path.GetFullPath(fixture.First.Path), 1), (job.Path, job.Attempt));
        Assert.Null(await queue.ClaimAsync("b", TimeSpan.FromMinutes(1)));
        Assert.Equal(await File.ReadAllBytesAsync(fixture.First.Path), await queue.ReadBytesAsync(job));

        var saved = await queue.CompleteAsync(job, "a", StoreFixture.ToIngested(fixture.First, fixture.PipelineVersion, job.Path));
        Assert.Equal(1, saved!.Version);
        Assert.Equal(new JobCounts(0, 0, 1, 0), await queue.CountAsync());
        Assert.True(await store.HasExtractionAsync(job.Sha256, fixture.PipelineVersion));
    }

    [Fact]
    public async Task An_expired_lease_gives_the_job_to_another_worker_and_the_first_can_no_longer_complete_it()
    {
        await using var store = PostgresReportStore.Open(cluster.CreateDatabase());
        var queue = store.Queue;
        await queue.EnqueueAsync(fixture.First.Path);
        var first = await queue.ClaimAsync("a", TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);

        var second = await queue.ClaimAsync("b", TimeSpan.FromMinutes(1));

        Assert.Equal((first!.Id, 2), (second!.Id, second.Attempt));
        Assert.False(await queue.RenewAsync(first, "a", TimeSpan.FromMinutes(1)));
        Assert.Null(await queue.CompleteAsync(first, "a", StoreFixture.ToIngested(fixture.First, fixture.PipelineVersion, first.Path)));
        Assert.NotNull(await queue.CompleteAsync(second, "b", StoreFixture.ToIngested(fixture.First, fixture.PipelineVersion, second.Path)));
        Assert.Single((await store.ListDocumentsAsync(new DocumentQuery())).Items);
    }

    [Fact]
    public async Task A_file_that_keeps_stopping_its_worker_is_parked_after_the_last_attempt_with_its_error()
    {
        await using var store = PostgresReportStore.Open(cluster.CreateDatabase());
        var queue = store.Queue;
        queue.MaxAttempts = 2;
        await queue.EnqueueAsync(fixture.First.Path);
        await queue.EnqueueAsync(fixture.Second.Path);

        var crashing = await queue.ClaimAsync("a", TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        var again = await queue.ClaimAsync("b", TimeSpan.FromMilliseconds(1));
        await queue.ReleaseAsync(again!, "b", "OutOfMemoryException: boom");
        Assert.Equal(crashing!.Id, again!.Id);

        var next = await queue.ClaimAsync("c", TimeSpan.FromMinutes(1));

        Assert.NotEqual(crashing.Id, next!.Id);
        Assert.Equal(new JobCounts(0, 1, 0, 1), await queue.CountAsync());
        Assert.Equal([(Path.GetFullPath(fixture.First.Path), "OutOfMemoryException: boom")], await queue.ListParkedAsync());
    }
}
