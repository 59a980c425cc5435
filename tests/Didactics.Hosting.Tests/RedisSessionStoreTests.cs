using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

[Collection(RedisCollection.Name)]
public sealed class RedisSessionStoreTests(RedisFixture redis)
{
    private readonly string _prefix = RedisFixture.UniquePrefix();

    private RedisSessionStore Store(TimeSpan? ttl = null) =>
        new(redis.Connection, new RedisSessionStoreOptions { KeyPrefix = _prefix, SessionTimeToLive = ttl ?? TimeSpan.FromHours(1) });

    private static SessionState NewState(string id) => new()
    {
        Id = id,
        Strategy = TestStrategy.Name,
        Problem = TestStrategy.Sum,
        Phase = "elicit",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task Create_get_round_trips_exactly_and_duplicate_create_is_refused()
    {
        var store = Store();
        var state = NewState("s1") with
        {
            Transcript = [new TranscriptEntry(Speaker.Tutor, "Hallo — wat weet je al?", "elicit", LearnerSignal.Unclassified, DateTimeOffset.UnixEpoch)],
        };
        Assert.True(await store.TryCreateAsync(new HostedSession("t1", "p-1", state)));
        Assert.False(await store.TryCreateAsync(new HostedSession("t1", "p-2", NewState("s1"))));
        var read = await store.GetAsync(new SessionKey("t1", "s1"));
        Assert.NotNull(read);
        Assert.Equal(state, read.State);
        Assert.Equal("p-1", read.Learner);
        Assert.Equal("t1", read.Tenant);
    }

    [Fact]
    public async Task Of_concurrent_updates_from_one_version_exactly_one_applies()
    {
        var store = Store();
        await store.TryCreateAsync(new HostedSession("t1", "p", NewState("race")));
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            await store.TryUpdateAsync(new SessionKey("t1", "race"), NewState("race") with { Phase = "p" + i }, null))));
        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(1, winner!.Version);
        var stored = (await store.GetAsync(new SessionKey("t1", "race")))!.State;
        Assert.Equal(winner, stored);
        Assert.Null(await store.TryUpdateAsync(new SessionKey("t1", "race"), NewState("race"), null));
    }

    [Fact]
    public async Task An_idempotency_key_is_recorded_with_the_update_and_blocks_a_second_application()
    {
        var store = Store();
        var key = new SessionKey("t1", "idem");
        await store.TryCreateAsync(new HostedSession("t1", "p", NewState("idem")));
        var record = new TurnRecord("k1", "h", 0, 1, "reply", "feedback", LearnerSignal.IncorrectAttempt, false, false, DateTimeOffset.UnixEpoch);
        var first = await store.TryUpdateAsync(key, NewState("idem"), record);
        Assert.NotNull(first);
        var found = await store.FindTurnAsync(key, "k1");
        Assert.Equal(record with { Version = 1 }, found);

        // Same key at the new (current) version: the version matches but the key exists, so nothing applies.
        Assert.Null(await store.TryUpdateAsync(key, first!, record));
        Assert.Equal(1, (await store.GetAsync(key))!.State.Version);
        Assert.Null(await store.FindTurnAsync(key, "k2"));
    }

    [Fact]
    public async Task Tenants_are_isolated_even_with_the_same_session_id()
    {
        var store = Store();
        Assert.True(await store.TryCreateAsync(new HostedSession("school-a", "p-a", NewState("same") with { Phase = "a" })));
        Assert.Null(await store.GetAsync(new SessionKey("school-b", "same")));
        Assert.Null(await store.TryUpdateAsync(new SessionKey("school-b", "same"), NewState("same"), null));
        Assert.False(await store.DeleteAsync(new SessionKey("school-b", "same")));
        Assert.True(await store.TryCreateAsync(new HostedSession("school-b", "p-b", NewState("same") with { Phase = "b" })));
        Assert.Equal("a", (await store.GetAsync(new SessionKey("school-a", "same")))!.State.Phase);
        Assert.Equal("b", (await store.GetAsync(new SessionKey("school-b", "same")))!.State.Phase);
        Assert.True(await store.DeleteAsync(new SessionKey("school-b", "same")));
        Assert.NotNull(await store.GetAsync(new SessionKey("school-a", "same")));

        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: _prefix + ":*").Select(k => (string)k!).ToArray();
        // What is left is school-a's: its session and its learner's index of sessions.
        Assert.Equal([$"{_prefix}:learner:{{school-a/p-a}}", $"{_prefix}:{{school-a/same}}:s"], keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a/b", "s")]
    [InlineData("a}", "s")]
    [InlineData("a", "s{x")]
    [InlineData("", "s")]
    [InlineData("a b", "s")]
    public async Task Key_parts_that_could_alias_another_key_are_rejected(string tenant, string id)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(async () => await Store().GetAsync(new SessionKey(tenant, id)));
        Assert.Contains("Redis keys", ex.Message);
    }

    [Fact]
    public async Task Sessions_expire_after_the_configured_time_to_live_and_delete_erases_all_keys()
    {
        var store = Store(TimeSpan.FromMinutes(5));
        var key = new SessionKey("t1", "ttl");
        await store.TryCreateAsync(new HostedSession("t1", "p", NewState("ttl")));
        await store.TryUpdateAsync(key, NewState("ttl"), new TurnRecord("k", "h", 0, 1, "r", "elicit", LearnerSignal.Unclassified, false, false, DateTimeOffset.UnixEpoch));
        var db = redis.Connection.GetDatabase();
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: _prefix + ":*").Where(k => !((string)k!).Contains(":learner:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, keys.Length);

        // The learner's index has no expiry of its own: listing drops ids whose session expired.
        Assert.Equal(["ttl"], await store.ListSessionsAsync("t1", "p"));
        foreach (var k in keys)
        {
            var ttl = await db.KeyTimeToLiveAsync(k);
            Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        }

        Assert.True(await store.DeleteAsync(key));
        Assert.Empty(server.Keys(pattern: _prefix + ":*"));
    }

    [Fact]
    public async Task Works_as_a_plain_ISessionStore_under_the_runtime_tutor()
    {
        ISessionStore store = Store();
        var tutor = new Tutor(TestStrategy.Instance, sessionStore: store);
        var session = await tutor.StartAsync(TestStrategy.Sum);
        var turn = await session.SendAsync("is it 40?");
        Assert.Equal("feedback", turn.Phase);
        var stored = await store.GetAsync(session.Id);
        Assert.Equal(turn.State, stored);
        Assert.True(await store.DeleteAsync(session.Id));
        Assert.Null(await store.GetAsync(session.Id));
    }
}

public sealed class RedisUnavailableTests
{
    [Fact]
    public async Task An_unreachable_store_gives_503_problem_details_and_the_host_still_starts()
    {
        // A port nothing listens on: the host starts (no abort on connect failure) and answers 503 with Retry-After.
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var host = await TestHost.StartAsync(s => s.AddDidacticsRedisSessionStore($"127.0.0.1:{port},connectTimeout=200,syncTimeout=500,asyncTimeout=500"));
        using var response = await host.Client.GetAsync("sessions/abc");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
    }
}

[Collection(RedisCollection.Name)]
public sealed class RedisRegistrationTests(RedisFixture redis)
{
    [Fact]
    public async Task Tutors_registered_in_the_services_keep_sessions_in_redis_too()
    {
        var prefix = RedisFixture.UniquePrefix();
        var services = new ServiceCollection();
        services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        services.AddDidacticsHosting();
        services.AddDidacticsRedisSessionStore(redis.Configuration, o => o.KeyPrefix = prefix);
        services.AddDidacticsTutor(TestStrategy.Name);
        await using var provider = services.BuildServiceProvider();
        var session = await provider.GetRequiredService<Tutor>().StartAsync(TestStrategy.Sum);
        await session.SendAsync("is it 40?");
        var keys = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]).Keys(pattern: prefix + ":*").Select(k => (string)k!).ToArray();
        Assert.Equal($"{prefix}:{{default/{session.Id}}}:s", Assert.Single(keys));
        Assert.Same(provider.GetRequiredService<Didactics.Hosting.IHostedSessionStore>(), provider.GetRequiredService<Didactics.ISessionStore>());
    }
}
