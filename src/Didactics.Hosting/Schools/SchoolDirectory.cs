using System.Text.Json;
using System.Text.Json.Serialization;
using StackExchange.Redis;

namespace Didactics.Hosting;

/// <summary>What a teacher alert is about.</summary>
public enum AlertKind
{
    /// <summary>Many hints and no progress.</summary>
    Stuck = 0,

    /// <summary>The learner keeps trying to get the answer instead of working on it.</summary>
    AnswerSeeking = 1,

    /// <summary>A learner message disclosed self-harm, abuse or bullying.</summary>
    Safeguarding = 2,
}

/// <summary>An alert for the teachers of a class (and the school admins).</summary>
/// <param name="Id">A unique id.</param>
/// <param name="Tenant">The school.</param>
/// <param name="Class">The learner's class, or null.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Kind">What the alert is about.</param>
/// <param name="Detail">A short explanation (for safeguarding: the category, never the message).</param>
/// <param name="At">When it was raised.</param>
public sealed record TeacherAlert(string Id, string Tenant, string? Class, string SessionId, string Learner, AlertKind Kind, string Detail, DateTimeOffset At)
{
    /// <summary>For a safeguarding alert, the learner's words (shown to the teacher, never sent to a model or a webhook).</summary>
    public string? Message { get; init; }
}

/// <summary>
/// What the host keeps per session for schools, next to the session store: the learner profile (class, age band,
/// consent), the model record of every turn, a per-tenant session index for the teacher view, and alerts.
/// In memory by default; in Redis (<see cref="RedisSchoolDirectory"/>) when the sessions are.
/// </summary>
public interface ISchoolDirectory
{
    /// <summary>Stores (or replaces) a session's learner profile and indexes the session for its tenant.</summary>
    ValueTask SetProfileAsync(SessionKey key, LearnerProfile profile, CancellationToken cancellationToken = default);

    /// <summary>Reads a session's learner profile, or null.</summary>
    ValueTask<LearnerProfile?> GetProfileAsync(SessionKey key, CancellationToken cancellationToken = default);

    /// <summary>The tenant's session ids, most recently started first (at most <paramref name="max"/>).</summary>
    ValueTask<IReadOnlyList<string>> ListSessionsAsync(string tenant, int max, CancellationToken cancellationToken = default);

    /// <summary>Appends the model record of a turn.</summary>
    ValueTask AddTurnModelAsync(SessionKey key, TurnModelRecord record, CancellationToken cancellationToken = default);

    /// <summary>The model records of a session's turns, oldest first.</summary>
    ValueTask<IReadOnlyList<TurnModelRecord>> GetTurnModelsAsync(SessionKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores an alert and delivers it to every subscriber (on every host sharing the directory).</summary>
    ValueTask AddAlertAsync(TeacherAlert alert, CancellationToken cancellationToken = default);

    /// <summary>The tenant's most recent alerts, newest first.</summary>
    ValueTask<IReadOnlyList<TeacherAlert>> GetAlertsAsync(string tenant, int max, CancellationToken cancellationToken = default);

    /// <summary>Registers a callback for new alerts of any tenant; dispose the result to stop.</summary>
    IDisposable Subscribe(Action<TeacherAlert> onAlert);

    /// <summary>Erases everything kept for a session (its alerts stay in the tenant's alert log without the message).</summary>
    ValueTask RemoveAsync(SessionKey key, CancellationToken cancellationToken = default);

    /// <summary>Removes every alert about <paramref name="learner"/> from the tenant's alert log (a learner's erasure); returns how many.</summary>
    ValueTask<int> RemoveLearnerAlertsAsync(string tenant, string learner, CancellationToken cancellationToken = default);
}

/// <summary>The default <see cref="ISchoolDirectory"/>: process memory, for one host.</summary>
public sealed class InMemorySchoolDirectory : ISchoolDirectory
{
    private const int MaxAlerts = 500;
    private readonly Lock _gate = new();
    private readonly Dictionary<SessionKey, LearnerProfile> _profiles = new();
    private readonly Dictionary<SessionKey, List<TurnModelRecord>> _models = new();
    private readonly Dictionary<string, List<string>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TeacherAlert>> _alerts = new(StringComparer.Ordinal);
    private readonly AlertSubscribers _subscribers = new();

    /// <inheritdoc />
    public ValueTask SetProfileAsync(SessionKey key, LearnerProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        lock (_gate)
        {
            if (_profiles.TryAdd(key, profile))
            {
                if (!_index.TryGetValue(key.Tenant, out var ids))
                {
                    _index[key.Tenant] = ids = [];
                }

                ids.Add(key.SessionId);
            }
            else
            {
                _profiles[key] = profile;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<LearnerProfile?> GetProfileAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_profiles.GetValueOrDefault(key));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ListSessionsAsync(string tenant, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<string> ids = _index.TryGetValue(tenant, out var list) ? list.AsEnumerable().Reverse().Take(max).ToArray() : [];
            return new(ids);
        }
    }

    /// <inheritdoc />
    public ValueTask AddTurnModelAsync(SessionKey key, TurnModelRecord record, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_models.TryGetValue(key, out var list))
            {
                _models[key] = list = [];
            }

            list.Add(record);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TurnModelRecord>> GetTurnModelsAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TurnModelRecord> list = _models.TryGetValue(key, out var l) ? l.ToArray() : [];
            return new(list);
        }
    }

    /// <inheritdoc />
    public ValueTask AddAlertAsync(TeacherAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            if (!_alerts.TryGetValue(alert.Tenant, out var list))
            {
                _alerts[alert.Tenant] = list = [];
            }

            list.Add(alert);
            if (list.Count > MaxAlerts)
            {
                list.RemoveAt(0);
            }
        }

        _subscribers.Publish(alert);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TeacherAlert>> GetAlertsAsync(string tenant, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TeacherAlert> list = _alerts.TryGetValue(tenant, out var l) ? l.AsEnumerable().Reverse().Take(max).ToArray() : [];
            return new(list);
        }
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Action<TeacherAlert> onAlert) => _subscribers.Add(onAlert);

    /// <inheritdoc />
    public ValueTask RemoveAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _profiles.Remove(key);
            _models.Remove(key);
            if (_index.TryGetValue(key.Tenant, out var ids))
            {
                ids.Remove(key.SessionId);
            }

            if (_alerts.TryGetValue(key.Tenant, out var alerts))
            {
                for (var i = 0; i < alerts.Count; i++)
                {
                    if (alerts[i].SessionId == key.SessionId)
                    {
                        alerts[i] = alerts[i] with { Message = null };
                    }
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<int> RemoveLearnerAlertsAsync(string tenant, string learner, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_alerts.TryGetValue(tenant, out var alerts) ? alerts.RemoveAll(a => a.Learner == learner) : 0);
        }
    }
}

/// <summary>
/// An <see cref="ISchoolDirectory"/> in Redis, shared by every host: <c>{prefix}:{tenant/id}:p</c> (profile JSON),
/// <c>{prefix}:{tenant/id}:m</c> (list of turn model records), <c>{prefix}:school:{tenant}:sessions</c> (sorted set of
/// session ids by start time), <c>{prefix}:school:{tenant}:alerts</c> (list, newest first) and the pub/sub channel
/// <c>{prefix}:school:alerts</c>, so an alert raised on one host reaches teacher views on every host.
/// </summary>
public sealed class RedisSchoolDirectory : ISchoolDirectory, IDisposable
{
    private const int MaxAlerts = 500;
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisSessionStoreOptions _options;
    private readonly AlertSubscribers _subscribers = new();
    private readonly RedisChannel _channel;
    private int _subscribed;

    /// <summary>Creates the directory over an open connection, with the session store's key prefix, database and time to live.</summary>
    public RedisSchoolDirectory(IConnectionMultiplexer redis, RedisSessionStoreOptions? options = null)
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _options = options ?? new RedisSessionStoreOptions();
        _channel = RedisChannel.Literal(_options.KeyPrefix + ":school:alerts");
    }

    private IDatabase Db => _redis.GetDatabase(_options.Database);

    /// <inheritdoc />
    public async ValueTask SetProfileAsync(SessionKey key, LearnerProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var tran = Db.CreateTransaction();
        _ = tran.StringSetAsync(Base(key) + ":p", JsonSerializer.Serialize(profile, SchoolJsonContext.Default.LearnerProfile), _options.SessionTimeToLive);
        _ = tran.SortedSetAddAsync(IndexKey(key.Tenant), key.SessionId, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), When.NotExists);
        await tran.ExecuteAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<LearnerProfile?> GetProfileAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        var value = await Db.StringGetAsync(Base(key) + ":p").ConfigureAwait(false);
        return value.IsNull ? null : JsonSerializer.Deserialize((string)value!, SchoolJsonContext.Default.LearnerProfile);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ListSessionsAsync(string tenant, int max, CancellationToken cancellationToken = default)
    {
        var ids = await Db.SortedSetRangeByRankAsync(IndexKey(tenant), 0, max - 1, Order.Descending).ConfigureAwait(false);
        return ids.Select(v => (string)v!).ToArray();
    }

    /// <inheritdoc />
    public async ValueTask AddTurnModelAsync(SessionKey key, TurnModelRecord record, CancellationToken cancellationToken = default)
    {
        var listKey = Base(key) + ":m";
        var tran = Db.CreateTransaction();
        _ = tran.ListRightPushAsync(listKey, JsonSerializer.Serialize(record, SchoolJsonContext.Default.TurnModelRecord));
        _ = tran.KeyExpireAsync(listKey, _options.SessionTimeToLive);
        await tran.ExecuteAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<TurnModelRecord>> GetTurnModelsAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        var values = await Db.ListRangeAsync(Base(key) + ":m").ConfigureAwait(false);
        return values.Select(v => JsonSerializer.Deserialize((string)v!, SchoolJsonContext.Default.TurnModelRecord)!).ToArray();
    }

    /// <inheritdoc />
    public async ValueTask AddAlertAsync(TeacherAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var json = JsonSerializer.Serialize(alert, SchoolJsonContext.Default.TeacherAlert);
        var tran = Db.CreateTransaction();
        _ = tran.ListLeftPushAsync(AlertsKey(alert.Tenant), json);
        _ = tran.ListTrimAsync(AlertsKey(alert.Tenant), 0, MaxAlerts - 1);
        await tran.ExecuteAsync().ConfigureAwait(false);
        await _redis.GetSubscriber().PublishAsync(_channel, json).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<TeacherAlert>> GetAlertsAsync(string tenant, int max, CancellationToken cancellationToken = default)
    {
        var values = await Db.ListRangeAsync(AlertsKey(tenant), 0, max - 1).ConfigureAwait(false);
        return values.Select(v => JsonSerializer.Deserialize((string)v!, SchoolJsonContext.Default.TeacherAlert)!).ToArray();
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Action<TeacherAlert> onAlert)
    {
        var subscription = _subscribers.Add(onAlert);
        if (Interlocked.Exchange(ref _subscribed, 1) == 0)
        {
            // One Redis subscription per host fans out to the local subscribers.
            _redis.GetSubscriber().Subscribe(_channel, (_, message) =>
            {
                if (!message.IsNullOrEmpty && JsonSerializer.Deserialize((string)message!, SchoolJsonContext.Default.TeacherAlert) is { } alert)
                {
                    _subscribers.Publish(alert);
                }
            });
        }

        return subscription;
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        await Db.KeyDeleteAsync([Base(key) + ":p", Base(key) + ":m"]).ConfigureAwait(false);
        await Db.SortedSetRemoveAsync(IndexKey(key.Tenant), key.SessionId).ConfigureAwait(false);
        var alerts = await GetAlertsAsync(key.Tenant, MaxAlerts, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < alerts.Count; i++)
        {
            if (alerts[i].SessionId == key.SessionId && alerts[i].Message is not null)
            {
                await Db.ListSetByIndexAsync(AlertsKey(key.Tenant), i, JsonSerializer.Serialize(alerts[i] with { Message = null }, SchoolJsonContext.Default.TeacherAlert)).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<int> RemoveLearnerAlertsAsync(string tenant, string learner, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        foreach (var value in await Db.ListRangeAsync(AlertsKey(tenant)).ConfigureAwait(false))
        {
            if (JsonSerializer.Deserialize((string)value!, SchoolJsonContext.Default.TeacherAlert) is { } alert && alert.Learner == learner)
            {
                removed += (int)await Db.ListRemoveAsync(AlertsKey(tenant), value).ConfigureAwait(false);
            }
        }

        return removed;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_subscribed == 1)
        {
            _redis.GetSubscriber().Unsubscribe(_channel);
        }
    }

    private string Base(SessionKey key) => $"{_options.KeyPrefix}:{{{key.Tenant}/{key.SessionId}}}";

    private string IndexKey(string tenant) => $"{_options.KeyPrefix}:school:{tenant}:sessions";

    private string AlertsKey(string tenant) => $"{_options.KeyPrefix}:school:{tenant}:alerts";
}

/// <summary>The local subscribers of alerts; a failing subscriber never stops the others.</summary>
internal sealed class AlertSubscribers
{
    private readonly Lock _gate = new();
    private Action<TeacherAlert>[] _handlers = [];

    public IDisposable Add(Action<TeacherAlert> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            _handlers = [.. _handlers, handler];
        }

        return new Subscription(this, handler);
    }

    public void Publish(TeacherAlert alert)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                handler(alert);
            }
            catch (Exception)
            {
                // A broken subscriber (e.g. a closed stream) must not stop delivery to the others.
            }
        }
    }

    private void Remove(Action<TeacherAlert> handler)
    {
        lock (_gate)
        {
            _handlers = _handlers.Where(h => h != handler).ToArray();
        }
    }

    private sealed class Subscription(AlertSubscribers owner, Action<TeacherAlert> handler) : IDisposable
    {
        public void Dispose() => owner.Remove(handler);
    }
}

/// <summary>System.Text.Json source-generated metadata for the school records.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LearnerProfile))]
[JsonSerializable(typeof(TurnModelRecord))]
[JsonSerializable(typeof(TeacherAlert))]
internal sealed partial class SchoolJsonContext : JsonSerializerContext;
