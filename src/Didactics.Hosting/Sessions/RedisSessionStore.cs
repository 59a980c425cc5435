using System.Text.Json;
using StackExchange.Redis;

namespace Didactics.Hosting;

/// <summary>Options of <see cref="RedisSessionStore"/>.</summary>
public sealed class RedisSessionStoreOptions
{
    /// <summary>The prefix of every key the store writes (default <c>didactics</c>); keep it distinct from keys of other applications.</summary>
    public string KeyPrefix { get; set; } = "didactics";

    /// <summary>How long an untouched session (and its idempotency records) is kept; every update renews it. Default 30 days.</summary>
    public TimeSpan SessionTimeToLive { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The tenant used when the store is used as a plain <see cref="ISessionStore"/> (default <c>default</c>).</summary>
    public string DefaultTenant { get; set; } = "default";

    /// <summary>The Redis database number (default -1: the connection's default database).</summary>
    public int Database { get; set; } = -1;
}

/// <summary>
/// A session store in Redis, shared by every host of a deployment. Each session is a hash
/// <c>{prefix}:{tenant/id}:s</c> (fields <c>v</c> = version, <c>learner</c>, <c>state</c> = JSON) and its idempotency
/// records a hash <c>{prefix}:{tenant/id}:t</c>; the tenant is part of every key, and the braces make both keys of a
/// session land in one Redis Cluster slot. Updates are compare-and-set transactions (<c>MULTI</c> with a
/// <c>HashEqual</c> condition on the version and a <c>HashNotExists</c> condition on the idempotency key), so of two
/// concurrent turns only one applies and a retried turn never applies twice.
/// </summary>
/// <remarks>Used directly as an <see cref="ISessionStore"/>, the store works in <see cref="RedisSessionStoreOptions.DefaultTenant"/>.</remarks>
public sealed class RedisSessionStore : IHostedSessionStore, ISessionStore, IReportsHealth, ILearnerSessionIndex
{
    // Create only when absent; a retried create of the very same state (a resend after a dropped connection) is a success.
    private static readonly LuaScript CreateScript = LuaScript.Prepare(
        "if redis.call('EXISTS', @key) == 1 then " +
        "  if redis.call('HGET', @key, 'state') == @state then return 2 end " +
        "  return 0 " +
        "end " +
        "redis.call('HSET', @key, 'v', @version, 'learner', @learner, 'state', @state) " +
        "redis.call('PEXPIRE', @key, @ttl) " +
        "return 1");

    private const string VersionField = "v";
    private const string StateField = "state";
    private const string LearnerField = "learner";

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisSessionStoreOptions _options;

    /// <summary>Creates the store over an open connection.</summary>
    public RedisSessionStore(IConnectionMultiplexer redis, RedisSessionStoreOptions? options = null)
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _options = options ?? new RedisSessionStoreOptions();
        if (string.IsNullOrWhiteSpace(_options.KeyPrefix))
        {
            throw new ArgumentException("RedisSessionStoreOptions.KeyPrefix must not be empty.", nameof(options));
        }

        if (_options.SessionTimeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentException("RedisSessionStoreOptions.SessionTimeToLive must be positive.", nameof(options));
        }
    }

    private IDatabase Db => _redis.GetDatabase(_options.Database);

    /// <summary>The store's options (the school directory shares its prefix, database and time to live).</summary>
    internal RedisSessionStoreOptions Options => _options;

    /// <summary>The store's connection.</summary>
    internal IConnectionMultiplexer Connection => _redis;

    /// <inheritdoc />
    public async ValueTask<HostedSession?> GetAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        var values = await Db.HashGetAsync(SessionKeyOf(key), [StateField, LearnerField]).ConfigureAwait(false);
        if (values[0].IsNull)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize((string)values[0]!, DidacticsJsonContext.Default.SessionState)
            ?? throw new InvalidDataException($"Session {key} holds no state in Redis.");
        if (!string.Equals(state.Id, key.SessionId, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Redis key of session {key} holds session '{state.Id}'.");
        }

        return new HostedSession(key.Tenant, (string?)values[1] ?? "", state);
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryCreateAsync(HostedSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var key = SessionKeyOf(new SessionKey(session.Tenant, session.State.Id));
        if (session.Learner.Length > 0)
        {
            // The learner's index first: a crash in between leaves an id without a session (skipped when listed),
            // never a session that an erasure of the learner would miss.
            await Db.SetAddAsync(LearnerKeyOf(session.Tenant, session.Learner), session.State.Id).ConfigureAwait(false);
        }

        var result = await Db.ScriptEvaluateAsync(CreateScript, new
        {
            key,
            state = JsonSerializer.Serialize(session.State, DidacticsJsonContext.Default.SessionState),
            version = session.State.Version,
            learner = session.Learner,
            ttl = (long)_options.SessionTimeToLive.TotalMilliseconds,
        }).ConfigureAwait(false);
        return (int)result is 1 or 2;
    }

    /// <inheritdoc />
    public async ValueTask<ComponentHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var started = TimeProvider.System.GetTimestamp();
        double Elapsed() => TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
        if (!_redis.IsConnected)
        {
            return new ComponentHealth("sessions", "redis", false, "down", "not connected; reconnecting in the background", Elapsed());
        }

        try
        {
            var ping = await Db.PingAsync().WaitAsync(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            return new ComponentHealth("sessions", "redis", true, "up", $"ping {ping.TotalMilliseconds:0.0} ms", Elapsed());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return new ComponentHealth("sessions", "redis", false, "down", ex.Message, Elapsed());
        }
    }

    /// <inheritdoc />
    public async ValueTask<SessionState?> TryUpdateAsync(SessionKey key, SessionState state, TurnRecord? record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var sessionKey = SessionKeyOf(key);
        var turnsKey = TurnsKeyOf(key);
        var next = state with { Version = state.Version + 1 };
        var tran = Db.CreateTransaction();
        tran.AddCondition(Condition.HashEqual(sessionKey, VersionField, state.Version));
        if (record is not null)
        {
            tran.AddCondition(Condition.HashNotExists(turnsKey, record.IdempotencyKey));
            _ = tran.HashSetAsync(turnsKey, record.IdempotencyKey,
                JsonSerializer.Serialize(record with { Version = next.Version }, HostingStoreJsonContext.Default.TurnRecord));
            _ = tran.KeyExpireAsync(turnsKey, _options.SessionTimeToLive);
        }

        _ = tran.HashSetAsync(sessionKey,
        [
            new HashEntry(VersionField, next.Version),
            new HashEntry(StateField, JsonSerializer.Serialize(next, DidacticsJsonContext.Default.SessionState)),
        ]);
        _ = tran.KeyExpireAsync(sessionKey, _options.SessionTimeToLive);
        return await tran.ExecuteAsync().ConfigureAwait(false) ? next : null;
    }

    /// <inheritdoc />
    public async ValueTask<TurnRecord?> FindTurnAsync(SessionKey key, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var value = await Db.HashGetAsync(TurnsKeyOf(key), idempotencyKey).ConfigureAwait(false);
        return value.IsNull ? null : JsonSerializer.Deserialize((string)value!, HostingStoreJsonContext.Default.TurnRecord);
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        var learner = await Db.HashGetAsync(SessionKeyOf(key), LearnerField).ConfigureAwait(false);
        var deleted = await Db.KeyDeleteAsync([SessionKeyOf(key), TurnsKeyOf(key)]).ConfigureAwait(false) > 0;
        if (!learner.IsNullOrEmpty)
        {
            await Db.SetRemoveAsync(LearnerKeyOf(key.Tenant, (string)learner!), key.SessionId).ConfigureAwait(false);
        }

        return deleted;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ListSessionsAsync(string tenant, string learner, CancellationToken cancellationToken = default)
    {
        var indexKey = LearnerKeyOf(tenant, learner);
        var ids = (await Db.SetMembersAsync(indexKey).ConfigureAwait(false)).Select(m => (string)m!).Order(StringComparer.Ordinal).ToArray();
        var live = new List<string>(ids.Length);
        foreach (var id in ids)
        {
            // Sessions expire on their own; their ids are dropped from the index when found gone.
            if (await Db.KeyExistsAsync(SessionKeyOf(new SessionKey(tenant, id))).ConfigureAwait(false))
            {
                live.Add(id);
            }
            else
            {
                await Db.SetRemoveAsync(indexKey, id).ConfigureAwait(false);
            }
        }

        return live;
    }

    /// <inheritdoc />
    async ValueTask<SessionState?> ISessionStore.GetAsync(string sessionId, CancellationToken cancellationToken) =>
        (await GetAsync(new SessionKey(_options.DefaultTenant, sessionId), cancellationToken).ConfigureAwait(false))?.State;

    /// <inheritdoc />
    async ValueTask ISessionStore.CreateAsync(SessionState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!await TryCreateAsync(new HostedSession(_options.DefaultTenant, "", state), cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"A session with id '{state.Id}' already exists.");
        }
    }

    /// <inheritdoc />
    ValueTask<SessionState?> ISessionStore.TryUpdateAsync(SessionState state, CancellationToken cancellationToken) =>
        TryUpdateAsync(new SessionKey(_options.DefaultTenant, state?.Id ?? throw new ArgumentNullException(nameof(state))), state, null, cancellationToken);

    /// <inheritdoc />
    ValueTask<bool> ISessionStore.DeleteAsync(string sessionId, CancellationToken cancellationToken) =>
        DeleteAsync(new SessionKey(_options.DefaultTenant, sessionId), cancellationToken);

    /// <summary>The Redis key of a session's hash.</summary>
    internal RedisKey SessionKeyOf(SessionKey key) => Base(key) + ":s";

    private RedisKey TurnsKeyOf(SessionKey key) => Base(key) + ":t";

    // The set of a learner's session ids (no expiry: members are checked against the sessions when listed).
    private RedisKey LearnerKeyOf(string tenant, string learner)
    {
        Check(tenant, "tenant");
        Check(learner, "learner");
        return $"{_options.KeyPrefix}:learner:{{{tenant}/{learner}}}";
    }

    private string Base(SessionKey key)
    {
        // Tenants and ids are validated by the host; the store re-checks the characters that would let one key
        // alias another (the separator and the cluster hash-tag braces).
        Check(key.Tenant, "tenant");
        Check(key.SessionId, "session id");
        return $"{_options.KeyPrefix}:{{{key.Tenant}/{key.SessionId}}}";
    }

    private static void Check(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || value.AsSpan().IndexOfAny("/{}: \r\n") >= 0)
        {
            throw new ArgumentException($"The {what} '{value}' is empty or contains one of the characters / {{ }} : or white space, which Redis keys of sessions cannot carry.");
        }
    }
}
