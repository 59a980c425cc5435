namespace Didactics;

/// <summary>Thrown when two turns on one session race and this one lost; the turn was not applied and may be retried.</summary>
public sealed class SessionConflictException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public SessionConflictException(string sessionId)
        : base($"Session '{sessionId}' was changed by another turn while this turn ran; this turn was not applied. Retry it.") =>
        SessionId = sessionId;

    /// <summary>The session id.</summary>
    public string SessionId { get; }
}
