namespace Didactics.Hosting;

/// <summary>
/// The host's session store: tenant-scoped keys, optimistic concurrency and idempotency records written atomically
/// with the session update. Implementations: <see cref="InMemoryHostedSessionStore"/> and <see cref="RedisSessionStore"/>.
/// </summary>
public interface IHostedSessionStore
{
    /// <summary>Reads a session, or null when the tenant has none with that id.</summary>
    ValueTask<HostedSession?> GetAsync(SessionKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores a new session. Returns false (storing nothing) when the tenant already has a session with that id.</summary>
    ValueTask<bool> TryCreateAsync(HostedSession session, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically replaces the session when its stored version still equals <paramref name="state"/>'s version and,
    /// when <paramref name="record"/> is given, no record with that idempotency key exists yet; stores the state with
    /// the version incremented together with the record. Returns the stored state, or null when nothing was applied.
    /// </summary>
    ValueTask<SessionState?> TryUpdateAsync(SessionKey key, SessionState state, TurnRecord? record, CancellationToken cancellationToken = default);

    /// <summary>Reads the idempotency record for <paramref name="idempotencyKey"/>, or null when there is none.</summary>
    ValueTask<TurnRecord?> FindTurnAsync(SessionKey key, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Erases a session and all its idempotency records. Returns false when there was none.</summary>
    ValueTask<bool> DeleteAsync(SessionKey key, CancellationToken cancellationToken = default);
}
