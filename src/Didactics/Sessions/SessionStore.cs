using System.Collections.Concurrent;

namespace Didactics;

/// <summary>Keeps session state between turns, with optimistic concurrency.</summary>
public interface ISessionStore
{
    /// <summary>Reads a session, or null when there is none with that id.</summary>
    ValueTask<SessionState?> GetAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new session. Throws <see cref="InvalidOperationException"/> when the id is taken.</summary>
    ValueTask CreateAsync(SessionState state, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a session if its stored version still equals <paramref name="state"/>'s <see cref="SessionState.Version"/>,
    /// storing it with the version incremented. Returns the stored state, or null on a version conflict.
    /// </summary>
    ValueTask<SessionState?> TryUpdateAsync(SessionState state, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session. Returns false when there was none.</summary>
    ValueTask<bool> DeleteAsync(string sessionId, CancellationToken cancellationToken = default);
}

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
