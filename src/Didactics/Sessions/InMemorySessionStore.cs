using System.Collections.Concurrent;

namespace Didactics;

/// <summary>The default <see cref="ISessionStore"/>: process memory, safe for concurrent use.</summary>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, SessionState> _sessions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<SessionState?> GetAsync(string sessionId, CancellationToken cancellationToken = default) =>
        new(_sessions.TryGetValue(sessionId, out var state) ? state : null);

    /// <inheritdoc />
    public ValueTask CreateAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!_sessions.TryAdd(state.Id, state))
        {
            throw new InvalidOperationException($"A session with id '{state.Id}' already exists.");
        }

        return default;
    }

    /// <inheritdoc />
    public ValueTask<SessionState?> TryUpdateAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!_sessions.TryGetValue(state.Id, out var current) || current.Version != state.Version)
        {
            return new((SessionState?)null);
        }

        var next = state with { Version = state.Version + 1 };
        return new(_sessions.TryUpdate(state.Id, next, current) ? next : null);
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string sessionId, CancellationToken cancellationToken = default) =>
        new(_sessions.TryRemove(sessionId, out _));
}
