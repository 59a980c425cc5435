using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>One conversation with a tutor under test.</summary>
public interface ITutorConversation : IAsyncDisposable
{
    /// <summary>The tutor's opening message, or null when the learner speaks first.</summary>
    string? Opening { get; }

    /// <summary>True when a request may be sent again after a timeout (the tutor keeps no state between requests).</summary>
    bool CanRetry { get; }

    /// <summary>
    /// Returns the tutor's reply. <paramref name="messages"/> is the whole conversation (system message first, the
    /// learner's new message last), for tutors that are stateless per request.
    /// </summary>
    /// <exception cref="TutorFailureException">The tutor failed; <see cref="TutorFailureException.IsTransient"/> says whether a retry may help.</exception>
    Task<string> ReplyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken = default);
}
