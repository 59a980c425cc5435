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
