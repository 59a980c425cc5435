using Microsoft.Extensions.AI;

namespace Didactics.Certification;

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
