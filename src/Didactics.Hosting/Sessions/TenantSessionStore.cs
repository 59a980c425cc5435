namespace Didactics.Hosting;

/// <summary>
/// Adapts an <see cref="IHostedSessionStore"/> to the runtime's <see cref="ISessionStore"/> for one tenant and one
/// request: the pipeline sees plain session ids, while every key the store touches carries the tenant. When the
/// request carries an idempotency key, the turn's <see cref="TurnRecord"/> is written in the same atomic update.
/// </summary>
internal sealed class TenantSessionStore : ISessionStore
{
    private readonly IHostedSessionStore _store;
    private readonly string _learner;
    private readonly string? _idempotencyKey;
    private readonly string _requestHash;

    /// <summary>Creates the adapter.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="tenant">The tenant every key is scoped to.</param>
    /// <param name="learner">The learner pseudonym recorded with sessions this adapter creates.</param>
    /// <param name="idempotencyKey">The request's idempotency key, or null.</param>
    /// <param name="requestHash">The hash of the request's learner text (stored with the idempotency record).</param>
    public TenantSessionStore(IHostedSessionStore store, string tenant, string learner = "", string? idempotencyKey = null, string requestHash = "")
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        Tenant = tenant ?? throw new ArgumentNullException(nameof(tenant));
        _learner = learner ?? "";
        _idempotencyKey = idempotencyKey;
        _requestHash = requestHash ?? "";
    }

    /// <summary>The tenant this adapter is scoped to.</summary>
    public string Tenant { get; }

    /// <inheritdoc />
    public async ValueTask<SessionState?> GetAsync(string sessionId, CancellationToken cancellationToken = default) =>
        (await _store.GetAsync(new SessionKey(Tenant, sessionId), cancellationToken).ConfigureAwait(false))?.State;

    /// <inheritdoc />
    public async ValueTask CreateAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var session = new HostedSession(Tenant, _learner, state);
        if (await _store.TryCreateAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // A create retried after a lost answer finds its own write: that is success, not a clash.
        var stored = await _store.GetAsync(new SessionKey(Tenant, state.Id), cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Learner == _learner && SameState(stored.State, state))
        {
            return;
        }

        throw new SessionIdTakenException(Tenant, state.Id);
    }

    /// <inheritdoc />
    public ValueTask<SessionState?> TryUpdateAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var record = _idempotencyKey is null ? null : RecordOf(_idempotencyKey, _requestHash, state);
        return _store.TryUpdateAsync(new SessionKey(Tenant, state.Id), state, record, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string sessionId, CancellationToken cancellationToken = default) =>
        _store.DeleteAsync(new SessionKey(Tenant, sessionId), cancellationToken);

    private static bool SameState(SessionState a, SessionState b) =>
        string.Equals(
            System.Text.Json.JsonSerializer.Serialize(a, DidacticsJsonContext.Default.SessionState),
            System.Text.Json.JsonSerializer.Serialize(b, DidacticsJsonContext.Default.SessionState),
            StringComparison.Ordinal);

    /// <summary>Builds the idempotency record of the turn that produced <paramref name="state"/> (its last two transcript entries).</summary>
    internal static TurnRecord RecordOf(string idempotencyKey, string requestHash, SessionState state)
    {
        var transcript = state.Transcript;
        var reply = transcript.Count > 0 ? transcript[^1] : null;
        var learner = transcript.Count > 1 ? transcript[^2] : null;
        return new TurnRecord(
            idempotencyKey,
            requestHash,
            state.Version + 1,
            state.Turns,
            reply?.Text ?? "",
            state.Phase,
            learner?.Signal ?? LearnerSignal.Unclassified,
            state.Ended,
            state.Solved,
            state.UpdatedAt);
    }
}
