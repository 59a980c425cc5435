using Microsoft.Extensions.AI;

namespace Didactics;

/// <summary>One tutoring session.</summary>
public sealed class TutorSession
{
    private readonly Tutor _tutor;

    internal TutorSession(Tutor tutor, DidacticTurn opening)
    {
        _tutor = tutor;
        Opening = opening;
        Last = opening;
    }

    /// <summary>The session id (the <see cref="ChatOptions.ConversationId"/> of its requests).</summary>
    public string Id => Opening.State.Id;

    /// <summary>The tutor's opening turn.</summary>
    public DidacticTurn Opening { get; }

    /// <summary>The latest turn.</summary>
    public DidacticTurn Last { get; private set; }

    /// <summary>True once the session reached a terminal phase.</summary>
    public bool Ended => Last.Ended;

    /// <summary>Sends one learner message through the tutor's chat client chain and returns the turn.</summary>
    public async Task<DidacticTurn> SendAsync(string learnerMessage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(learnerMessage);
        var response = await _tutor.ChatClient.GetResponseAsync(
            [new ChatMessage(ChatRole.User, learnerMessage)],
            new ChatOptions { ConversationId = Id },
            cancellationToken).ConfigureAwait(false);

        if (response.AdditionalProperties?.TryGetValue(DidacticsChatClient.TurnPlanKey, out var value) == true && value is DidacticTurn turn)
        {
            Last = turn;
            return turn;
        }

        throw new InvalidOperationException("A middleware around the Didactics pipeline dropped the turn from the response's AdditionalProperties.");
    }
}
