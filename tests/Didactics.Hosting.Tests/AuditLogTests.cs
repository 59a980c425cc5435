using System.Collections.Immutable;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Didactics.Hosting.Tests;

/// <summary>The same contract for every audit log: append-only records queried by tenant, learner, session and time; retention; erasure.</summary>
public abstract class AuditLogContract
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty log; with <paramref name="reopen"/> a new instance over the same storage (a restarted host).</summary>
    protected abstract IAuditLog Create(bool reopen = false);

    /// <summary>Runs an UPDATE on the records directly in the database (null for logs without one).</summary>
    protected abstract Task<Exception?> TryUpdateAsync();

    protected abstract bool Durable { get; }

    private static AuditRecord Record(string tenant, string learner, string session, int turn, DateTimeOffset at, string outcome = "applied") =>
        new(at, tenant, session, learner, "socratic", turn, "feedback", LearnerSignal.IncorrectAttempt, "incorrect",
            [TurnEventKind.LeakBlocked, TurnEventKind.FellBackToAuthored], [PersonalDataKind.Phone, PersonalDataKind.Bsn], "gpt-test", TimeSpan.FromMilliseconds(12.5), outcome);

    [Fact]
    public async Task Records_round_trip_and_are_queried_by_tenant_learner_session_and_time()
    {
        var log = Create();
        await log.AppendAsync(Record("a", "p-1", "s-1", 0, T0));
        await log.AppendAsync(Record("a", "p-1", "s-1", 1, T0.AddMinutes(1)));
        await log.AppendAsync(Record("a", "p-1", "s-2", 0, T0.AddMinutes(2)));
        await log.AppendAsync(Record("a", "p-2", "s-3", 0, T0.AddMinutes(3)));
        await log.AppendAsync(Record("b", "p-1", "s-1", 0, T0.AddMinutes(4)));

        var first = (await log.QueryAsync(new AuditQuery("a", SessionId: "s-1")))[0];
        Assert.Equal(Record("a", "p-1", "s-1", 0, T0) with { Events = first.Events, Redactions = first.Redactions }, first);
        Assert.Equal([TurnEventKind.LeakBlocked, TurnEventKind.FellBackToAuthored], first.Events.ToArray());
        Assert.Equal([PersonalDataKind.Phone, PersonalDataKind.Bsn], first.Redactions.ToArray());

        Assert.Equal(4, (await log.QueryAsync(new AuditQuery("a"))).Count);
        Assert.Equal(["s-1", "s-1", "s-2"], (await log.QueryAsync(new AuditQuery("a", Learner: "p-1"))).Select(r => r.SessionId));
        Assert.Equal([0, 1], (await log.QueryAsync(new AuditQuery("a", "p-1", "s-1"))).Select(r => r.Turn));
        Assert.Equal(["s-1", "s-2"], (await log.QueryAsync(new AuditQuery("a", From: T0.AddMinutes(1), To: T0.AddMinutes(3)))).Select(r => r.SessionId));
        Assert.Single(await log.QueryAsync(new AuditQuery("a", Limit: 1)));
        Assert.Single(await log.QueryAsync("b"));
        Assert.Empty(await log.QueryAsync(new AuditQuery("c")));
        Assert.Equal(2, (await log.QueryAsync("a", "s-1")).Count);
    }

    [Fact]
    public async Task Records_survive_a_restart_and_cannot_be_updated()
    {
        var log = Create();
        await log.AppendAsync(Record("a", "p-1", "s-1", 0, T0));
        if (!Durable)
        {
            Assert.Null(await TryUpdateAsync());
            return;
        }

        var reopened = Create(reopen: true);
        Assert.Single(await reopened.QueryAsync(new AuditQuery("a", "p-1")));
        var refused = await TryUpdateAsync();
        Assert.NotNull(refused);
        Assert.Contains("append-only", refused.Message);
        Assert.Equal("feedback", (await reopened.QueryAsync("a")).Single().Phase);
    }

    [Fact]
    public async Task Retention_learner_and_session_erasure_and_the_erasure_record_holds_no_pseudonym()
    {
        var log = Create();
        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync(Record("a", "p-1", $"s-{i % 2}", i, T0.AddDays(i)));
        }

        await log.AppendAsync(Record("a", "p-2", "s-9", 0, T0.AddDays(1)));
        await log.AppendAsync(Record("b", "p-1", "s-0", 0, T0));

        Assert.Equal(2, await log.PurgeAsync(T0.AddDays(1)));
        Assert.Equal(2, await log.DeleteSessionAsync("a", "s-1"));
        Assert.Equal(2, await log.DeleteLearnerAsync("a", "p-1"));
        Assert.Empty(await log.QueryAsync(new AuditQuery("a", "p-1")));
        Assert.Single(await log.QueryAsync(new AuditQuery("a", "p-2")));

        await log.AppendErasureAsync(new ErasureRecord(T0.AddDays(10), "a", "learner", 2, 4));
        var erasures = await log.QueryErasuresAsync("a");
        Assert.Equal(new ErasureRecord(T0.AddDays(10), "a", "learner", 2, 4), Assert.Single(erasures));
        Assert.DoesNotContain("p-1", JsonSerializer.Serialize(erasures, DidacticsHostingJson.Options));
        Assert.Empty(await log.QueryErasuresAsync("b"));
        Assert.Equal(1, await log.PurgeAsync(T0.AddDays(5)));
        Assert.Empty(await log.QueryAsync("a"));
        Assert.Single(await log.QueryErasuresAsync("a"));
    }

    [Fact]
    public async Task Concurrent_appends_all_land()
    {
        var log = Create();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await log.AppendAsync(Record("a", $"p-{c}", $"s-{c}", i, T0.AddSeconds(i)));
            }
        })));
        Assert.Equal(320, (await log.QueryAsync(new AuditQuery("a", Limit: 10_000))).Count);
        Assert.Equal(Enumerable.Range(0, 20), (await log.QueryAsync(new AuditQuery("a", "p-7"))).Select(r => r.Turn));
    }
}

public sealed class InMemoryAuditLogTests : AuditLogContract
{
    protected override bool Durable => false;

    protected override IAuditLog Create(bool reopen = false) => new InMemoryAuditLog();

    protected override Task<Exception?> TryUpdateAsync() => Task.FromResult<Exception?>(null);
}

public sealed class SqliteAuditLogTests : AuditLogContract, IDisposable
{
    private readonly TempAuditFile _file = new();

    private string DatabasePath => _file.Path;

    protected override bool Durable => true;

    protected override IAuditLog Create(bool reopen = false) => new SqliteAuditLog(DatabasePath);

    protected override async Task<Exception?> TryUpdateAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE didactics_audit SET phase = 'tampered'";
        return await Record.ExceptionAsync(() => command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Health_reports_the_file()
    {
        var health = await ((IReportsHealth)Create()).CheckHealthAsync();
        Assert.True(health.Healthy);
        Assert.Equal(("audit", "sqlite", DatabasePath), (health.Component, health.Kind, health.Detail));
        Assert.True(File.Exists(DatabasePath));
    }

    public void Dispose() => _file.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditLogTests(PostgresFixture postgres) : AuditLogContract
{
    private readonly string _prefix = PostgresFixture.UniquePrefix();

    protected override bool Durable => true;

    protected override IAuditLog Create(bool reopen = false) => new PostgresAuditLog(postgres.ConnectionString, _prefix);

    protected override async Task<Exception?> TryUpdateAsync()
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {_prefix}audit SET phase = 'tampered'";
        return await Record.ExceptionAsync(() => command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Two_hosts_creating_the_schema_at_once_do_not_race()
    {
        var logs = Enumerable.Range(0, 4).Select(_ => (SqlAuditLog)Create()).ToArray();
        await Task.WhenAll(logs.Select(l => l.EnsureSchemaAsync()));
        var health = await logs[0].CheckHealthAsync();
        Assert.True(health.Healthy, health.Detail);
        Assert.Equal("postgresql", health.Kind);
        Assert.DoesNotContain("Password", health.Detail ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
