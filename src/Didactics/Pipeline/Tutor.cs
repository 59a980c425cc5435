using Microsoft.Extensions.AI;

namespace Didactics;

/// <summary>
/// A ready-to-use tutor: a chat client chain that contains a <see cref="DidacticsChatClient"/>, with a
/// session-oriented API. Messages go through the whole chain, so middleware around the pipeline (logging,
/// OpenTelemetry, caching) sees every turn.
/// </summary>
public sealed class Tutor
{
    /// <summary>Creates a tutor over a chat client chain built with <c>ChatClientBuilder.UseDidactics(...)</c>.</summary>
    /// <exception cref="ArgumentException">The chain contains no <see cref="DidacticsChatClient"/>.</exception>
    public Tutor(IChatClient chatClient)
    {
        ChatClient = chatClient ?? throw new ArgumentNullException(nameof(chatClient));
        Pipeline = chatClient.GetService<DidacticsChatClient>()
            ?? throw new ArgumentException("The chat client contains no Didactics pipeline; build it with ChatClientBuilder.UseDidactics(strategy).", nameof(chatClient));
    }

    /// <summary>Creates a tutor for <paramref name="strategy"/> over <paramref name="model"/>, or in authored-content mode when no model is given.</summary>
    public Tutor(IStrategy strategy, IChatClient? model = null, ISessionStore? sessionStore = null)
        : this(new DidacticsChatClient(model ?? AuthoredContentChatClient.Instance, strategy, sessionStore))
    {
    }

    /// <summary>The outermost chat client.</summary>
    public IChatClient ChatClient { get; }

    /// <summary>The Didactics pipeline inside <see cref="ChatClient"/>.</summary>
    public DidacticsChatClient Pipeline { get; }

    /// <summary>Starts a session on <paramref name="problem"/>; the returned session carries the tutor's opening turn.</summary>
    public async Task<TutorSession> StartAsync(Problem problem, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        var opening = await Pipeline.StartSessionAsync(problem, sessionId, cancellationToken).ConfigureAwait(false);
        return new TutorSession(this, opening);
    }
}

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
