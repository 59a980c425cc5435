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
