namespace Didactics.Hosting;

/// <summary>The default <see cref="IHostedSessionStore"/>: process memory, for one host (the sample, tests, small deployments).</summary>
public sealed class InMemoryHostedSessionStore : IHostedSessionStore, IReportsHealth, ILearnerSessionIndex
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ListSessionsAsync(string tenant, string learner, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_sessions.Where(e => e.Key.Tenant == tenant && e.Value.Session.Learner == learner).Select(e => e.Key.SessionId).Order(StringComparer.Ordinal).ToArray());
        }
    }

    /// <inheritdoc />
    public ValueTask<ComponentHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        new(new ComponentHealth("sessions", "in-memory", true, "up", "process memory (one host; lost on restart)", 0));

    private readonly Dictionary<SessionKey, Entry> _sessions = new();

    // One lock keeps the version check and the idempotency record one atomic step; turns are short.
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public ValueTask<HostedSession?> GetAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_sessions.TryGetValue(key, out var entry) ? entry.Session : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryCreateAsync(HostedSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_gate)
        {
            return new(_sessions.TryAdd(new SessionKey(session.Tenant, session.State.Id), new Entry(session)));
        }
    }

    /// <inheritdoc />
    public ValueTask<SessionState?> TryUpdateAsync(SessionKey key, SessionState state, TurnRecord? record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            if (!_sessions.TryGetValue(key, out var entry) || entry.Session.State.Version != state.Version
                || (record is not null && entry.Turns.ContainsKey(record.IdempotencyKey)))
            {
                return new((SessionState?)null);
            }

            var next = state with { Version = state.Version + 1 };
            entry.Session = entry.Session with { State = next };
            if (record is not null)
            {
                entry.Turns[record.IdempotencyKey] = record with { Version = next.Version };
            }

            return new(next);
        }
    }

    /// <inheritdoc />
    public ValueTask<TurnRecord?> FindTurnAsync(SessionKey key, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_sessions.TryGetValue(key, out var entry) && entry.Turns.TryGetValue(idempotencyKey, out var record) ? record : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(SessionKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return new(_sessions.Remove(key));
        }
    }

    private sealed class Entry(HostedSession session)
    {
        public HostedSession Session { get; set; } = session;

        public Dictionary<string, TurnRecord> Turns { get; } = new(StringComparer.Ordinal);
    }
}
