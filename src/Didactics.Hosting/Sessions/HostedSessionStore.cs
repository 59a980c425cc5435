using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>Identifies a session inside a tenant. Every store key is built from both parts, so tenants never share a key.</summary>
/// <param name="Tenant">The tenant (school, board) that owns the session.</param>
/// <param name="SessionId">The session id, unique within the tenant.</param>
public readonly record struct SessionKey(string Tenant, string SessionId)
{
    /// <inheritdoc />
    public override string ToString() => Tenant + "/" + SessionId;
}

/// <summary>A session as the host keeps it: the runtime's <see cref="SessionState"/> plus who owns it.</summary>
/// <param name="Tenant">The owning tenant.</param>
/// <param name="Learner">The learner's pseudonym (never a real name).</param>
/// <param name="State">The session state.</param>
public sealed record HostedSession(string Tenant, string Learner, SessionState State);

/// <summary>
/// The stored outcome of a learner turn posted with an <c>Idempotency-Key</c>: a retry with the same key gets this
/// back instead of running the turn again. It is written in the same atomic step as the session update.
/// </summary>
/// <param name="IdempotencyKey">The client's key.</param>
/// <param name="RequestHash">A hash of the learner text, so a key reused for a different message is detected.</param>
/// <param name="Version">The session version the turn produced.</param>
/// <param name="Turn">The learner turn number (1-based).</param>
/// <param name="Reply">The tutor's reply.</param>
/// <param name="Phase">The phase after the turn.</param>
/// <param name="Signal">The classified learner signal.</param>
/// <param name="Ended">True when the turn ended the session.</param>
/// <param name="Solved">True when the problem was solved.</param>
/// <param name="At">When the turn was applied.</param>
public sealed record TurnRecord(
    string IdempotencyKey,
    string RequestHash,
    long Version,
    int Turn,
    string Reply,
    string Phase,
    LearnerSignal Signal,
    bool Ended,
    bool Solved,
    DateTimeOffset At);

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

/// <summary>System.Text.Json source-generated metadata for the host's stored records.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TurnRecord))]
internal sealed partial class HostingStoreJsonContext : JsonSerializerContext;
