using System.Text.Json;
using StackExchange.Redis;

namespace Didactics.Hosting;

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
