namespace Didactics.Benchmarks;

/// <summary>Keeps the session as it was after the opening turn, so every measured turn does the same work.</summary>
internal sealed class FixedSessionStore : ISessionStore
{
    private SessionState? _state;

    public ValueTask<SessionState?> GetAsync(string sessionId, CancellationToken cancellationToken = default) => new(_state);

    public ValueTask CreateAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        _state = state;
        return ValueTask.CompletedTask;
    }

    public ValueTask<SessionState?> TryUpdateAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        if (_state!.Transcript.IsEmpty)
        {
            _state = state; // the opening turn: keep its transcript
        }

        return new(state);
    }

    public ValueTask<bool> DeleteAsync(string sessionId, CancellationToken cancellationToken = default) => new(false);
}
