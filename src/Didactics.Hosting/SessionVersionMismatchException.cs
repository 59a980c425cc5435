namespace Didactics.Hosting;

/// <summary>Thrown when a turn names the session version it expects (<c>If-Match</c>) and the session has moved on (the API answers 412).</summary>
public sealed class SessionVersionMismatchException(string sessionId, long expected, long actual)
    : InvalidOperationException($"Session '{sessionId}' is at version {actual}, not {expected} as If-Match expects; read it again and resend the turn.")
{
    /// <summary>The version the session is at.</summary>
    public long ActualVersion { get; } = actual;
}
