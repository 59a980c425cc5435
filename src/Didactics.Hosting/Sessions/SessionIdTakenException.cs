namespace Didactics.Hosting;

/// <summary>Thrown when a new session's id is already taken by another session of the tenant (nothing was stored).</summary>
public sealed class SessionIdTakenException(string tenant, string sessionId)
    : InvalidOperationException($"A session with id '{sessionId}' already exists in tenant '{tenant}'.")
{
    /// <summary>The session id.</summary>
    public string SessionId { get; } = sessionId;
}
