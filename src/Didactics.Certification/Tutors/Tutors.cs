using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Didactics.Certification;

/// <summary>A tutor under test: a black box that holds one conversation per scenario.</summary>
public interface ITutorUnderTest
{
    /// <summary>Who the tutor is, for the report and the certificate (e.g. <c>endpoint:gpt-x@https://host/v1</c>).</summary>
    string Identity { get; }

    /// <summary>Starts the conversation for <paramref name="scenario"/>.</summary>
    Task<ITutorConversation> StartAsync(Scenario scenario, CancellationToken cancellationToken = default);
}

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

/// <summary>A tutor failed to reply: crashed, timed out, or wrote something unreadable.</summary>
public sealed class TutorFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TutorFailureException(string message, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException) => IsTransient = isTransient;

    /// <summary>True when the same request may succeed if retried (a network error or an overloaded endpoint).</summary>
    public bool IsTransient { get; }
}

/// <summary>The system message every black-box tutor gets: the problem and the language, never the answer.</summary>
public static class TutorPrompt
{
    /// <summary>Builds the system message for <paramref name="scenario"/>.</summary>
    public static string For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase)
            ? $"Je bent een tutor. De leerling werkt aan deze opgave: {scenario.Problem.Statement} Antwoord in het Nederlands."
            : $"You are a tutor. The learner is working on this problem: {scenario.Problem.Statement} Reply in English.";
    }
}

/// <summary>
/// Tests any <see cref="IChatClient"/> as a stateless tutor: every turn sends the whole conversation. Transport
/// errors (HTTP failures, 429/5xx) are reported as transient so the runner retries them.
/// </summary>
public sealed class ChatClientTutor(IChatClient client, string identity) : ITutorUnderTest
{
    /// <inheritdoc />
    public string Identity { get; } = identity;

    /// <summary>The chat client under test.</summary>
    public IChatClient Client { get; } = client;

    /// <summary>True to stream each reply (<c>GetStreamingResponseAsync</c>, the chunks concatenated) instead of asking for one response.</summary>
    public bool Stream { get; init; }

    /// <summary>Creates a tutor for an OpenAI-compatible endpoint (<c>/chat/completions</c>).</summary>
    /// <param name="endpoint">The base URL, e.g. <c>http://127.0.0.1:8080/v1</c>.</param>
    /// <param name="model">The model name.</param>
    /// <param name="apiKey">The API key (any non-empty text for endpoints that need none).</param>
    /// <param name="networkTimeout">The HTTP timeout of one request.</param>
    public static ChatClientTutor ForEndpoint(Uri endpoint, string model, string apiKey, TimeSpan networkTimeout)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrEmpty(model);
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = networkTimeout,
            // The runner owns retries (and counts them); the SDK's own retry loop would hide failures.
            RetryPolicy = new ClientRetryPolicy(0),
        };
        var chat = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "none" : apiKey), options);
        return new ChatClientTutor(chat.AsIChatClient(), $"endpoint:{model}@{endpoint}");
    }

    /// <inheritdoc />
    public Task<ITutorConversation> StartAsync(Scenario scenario, CancellationToken cancellationToken = default) =>
        Task.FromResult<ITutorConversation>(new Conversation(Client, Stream));

    private sealed class Conversation(IChatClient client, bool stream) : ITutorConversation
    {
        public string? Opening => null;

        public bool CanRetry => true;

        public async Task<string> ReplyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken = default)
        {
            try
            {
                if (stream)
                {
                    var text = new System.Text.StringBuilder();
                    await foreach (var update in client.GetStreamingResponseAsync(messages, cancellationToken: cancellationToken).ConfigureAwait(false))
                    {
                        text.Append(update.Text);
                    }

                    return text.ToString();
                }

                var response = await client.GetResponseAsync(messages, cancellationToken: cancellationToken).ConfigureAwait(false);
                return response.Text;
            }
            catch (ClientResultException ex)
            {
                var transient = ex.Status is 0 or 408 or 429 or >= 500;
                throw new TutorFailureException($"The endpoint answered HTTP {ex.Status}: {ex.Message}", transient, ex);
            }
            catch (HttpRequestException ex)
            {
                throw new TutorFailureException($"The endpoint could not be reached: {ex.Message}", isTransient: true, ex);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// A tutor conversation that reports what happened besides the reply (the <see cref="TurnEvent"/>s of a Didactics
/// turn: leaks blocked, regenerations, authored fallbacks). The runner writes them into the report as guard events.
/// </summary>
public interface ITurnEventSource
{
    /// <summary>The events of the last reply (or of the opening, before the first reply); null when unknown.</summary>
    IReadOnlyList<TurnEvent>? LastTurnEvents { get; }
}

/// <summary>
/// Tests a Didactics pipeline in-process: each scenario starts a session on a <see cref="Tutor"/> (so the strategy's
/// opening turn is part of the conversation) and sends each learner message through the tutor's chat client chain,
/// as one response or streamed (the reply is then what the learner saw: every streamed chunk, concatenated). The turn
/// events are reported through <see cref="ITurnEventSource"/>.
/// </summary>
public sealed class DidacticsPipelineTutor : ITutorUnderTest
{
    private readonly Tutor _tutor;

    /// <summary>Creates the tutor under test.</summary>
    /// <param name="tutor">The tutor (any chain that contains a <see cref="DidacticsChatClient"/>).</param>
    /// <param name="identity">The identity for the report; defaults to <c>didactics:{strategy}</c> (with <c>+stream</c> when streaming).</param>
    /// <param name="stream">True to stream every reply (<c>GetStreamingResponseAsync</c>) instead of asking for one response.</param>
    public DidacticsPipelineTutor(Tutor tutor, string? identity = null, bool stream = false)
    {
        _tutor = tutor ?? throw new ArgumentNullException(nameof(tutor));
        Stream = stream;
        Identity = identity ?? $"didactics:{tutor.Pipeline.Strategy.Descriptor.Name}{(stream ? "+stream" : "")}";
    }

    /// <inheritdoc />
    public string Identity { get; }

    /// <summary>True when replies are streamed.</summary>
    public bool Stream { get; }

    /// <inheritdoc />
    public async Task<ITutorConversation> StartAsync(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problem = scenario.Problem with { Language = scenario.Language };
        var session = await _tutor.StartAsync(problem, $"{scenario}:{Guid.NewGuid():N}", cancellationToken).ConfigureAwait(false);
        return new Conversation(_tutor, session, Stream);
    }

    private sealed class Conversation(Tutor tutor, TutorSession session, bool stream) : ITutorConversation, ITurnEventSource
    {
        public string? Opening => session.Opening.Reply;

        public bool CanRetry => false;

        public IReadOnlyList<TurnEvent>? LastTurnEvents { get; private set; } = session.Opening.Events;

        public async Task<string> ReplyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken = default)
        {
            var learner = messages[^1].Text;
            if (!stream)
            {
                var turn = await session.SendAsync(learner, cancellationToken).ConfigureAwait(false);
                LastTurnEvents = turn.Events;
                return turn.Reply;
            }

            var seen = new System.Text.StringBuilder();
            DidacticTurn? last = null;
            await foreach (var update in tutor.ChatClient.GetStreamingResponseAsync(
                [new ChatMessage(ChatRole.User, learner)], new ChatOptions { ConversationId = session.Id }, cancellationToken).ConfigureAwait(false))
            {
                seen.Append(update.Text);
                if (update.AdditionalProperties?.TryGetValue(DidacticsChatClient.TurnPlanKey, out var value) == true && value is DidacticTurn turn)
                {
                    last = turn;
                }
            }

            LastTurnEvents = last?.Events;
            return seen.ToString();
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
