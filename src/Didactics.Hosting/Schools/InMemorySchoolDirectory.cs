namespace Didactics.Hosting;

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
