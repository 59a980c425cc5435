namespace Didactics.Certification;

/// <summary>A tutor failed to reply: crashed, timed out, or wrote something unreadable.</summary>
public sealed class TutorFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TutorFailureException(string message, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException) => IsTransient = isTransient;

    /// <summary>True when the same request may succeed if retried (a network error or an overloaded endpoint).</summary>
    public bool IsTransient { get; }
}
