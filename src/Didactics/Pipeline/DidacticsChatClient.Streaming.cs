using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;

namespace Didactics;

// Streaming: the reply is released chunk by chunk through the streaming leak guard.
public sealed partial class DidacticsChatClient
{
    /// <inheritdoc />
    /// <remarks>
    /// The reply streams from the inner client through a <see cref="StreamingLeakGuard"/>: text is released as it arrives,
    /// except the shortest suffix that could still complete a leak. When the guard finds the answer, nothing more of that
    /// reply is sent; the turn is completed with a regenerated reply (non-streaming, with the corrective instruction,
    /// checked by the guard) or the phase's authored content, after a paragraph break. The session is stored exactly as
    /// by <see cref="GetResponseAsync"/>, and the last update carries the <see cref="DidacticTurn"/> under
    /// <see cref="TurnPlanKey"/>. With a custom <see cref="LeakGuard"/> that is not an <see cref="AnswerLeakGuard"/>, the
    /// reply is guarded as a whole and sent in one update.
    /// </remarks>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (sessionId, learnerMessage) = ReadRequest(messages, options);
        var state = await Sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false)
            ?? throw NoSession(sessionId);
        var draft = await PlanTurnAsync(state, learnerMessage, cancellationToken).ConfigureAwait(false);
        var responseId = Guid.NewGuid().ToString("N");
        var messageId = Guid.NewGuid().ToString("N");

        if (!draft.MayStateAnswer && LeakGuard is not AnswerLeakGuard)
        {
            // A custom guard can only judge whole replies.
            var whole = await ProduceReplyAsync(draft, options, firstAttempt: 0, alreadySent: null, cancellationToken).ConfigureAwait(false);
            yield return TextUpdate(whole, responseId, messageId, state.Id);
            var done = await CompleteTurnAsync(draft, whole, cancellationToken).ConfigureAwait(false);
            yield return FinalUpdate(done, responseId, messageId);
            yield break;
        }

        var innerMessages = BuildMessages(draft.Next, draft.Plan);
        var innerOptions = InnerOptions(options, draft.Plan);
        var sent = new StringBuilder(256);
        var needsContinuation = false;
        LeakScanResult? blockedScan = null;
        using (var guard = draft.MayStateAnswer ? null : new StreamingLeakGuard(draft.Next.Problem, Dialogue(draft.Next)))
        {
            IAsyncEnumerator<ChatResponseUpdate>? updates = null;
            try
            {
                try
                {
                    updates = base.GetStreamingResponseAsync(innerMessages, innerOptions, cancellationToken).GetAsyncEnumerator(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    draft.Events.Add(ModelFailed(ex));
                    needsContinuation = true;
                }

                while (updates is not null)
                {
                    ChatResponseUpdate update;
                    try
                    {
                        if (!await updates.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }

                        update = updates.Current;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        draft.Events.Add(ModelFailed(ex));
                        needsContinuation = true;
                        break;
                    }

                    var text = update.Text;
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    string released;
                    if (guard is null)
                    {
                        released = text;
                    }
                    else
                    {
                        var safe = guard.Push(text);
                        if (guard.LeakDetected)
                        {
                            blockedScan = guard.Result;
                            AddLeakEvent(draft, guard.Result);
                            needsContinuation = true;
                            break;
                        }

                        // Mostly the guard releases exactly the chunk it was given: then the chunk's own string is sent.
                        released = safe.IsEmpty ? "" : safe.SequenceEqual(text) ? text : safe.ToString();
                    }

                    if (released.Length > 0)
                    {
                        sent.Append(released);
                        yield return TextUpdate(released, responseId, messageId, state.Id);
                    }
                }
            }
            finally
            {
                if (updates is not null)
                {
                    await updates.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (guard is not null && !needsContinuation)
            {
                var rest = guard.Complete();
                if (guard.LeakDetected)
                {
                    blockedScan = guard.Result;
                    AddLeakEvent(draft, guard.Result);
                    needsContinuation = true;
                }
                else if (!rest.IsEmpty)
                {
                    var tail = rest.ToString();
                    sent.Append(tail);
                    yield return TextUpdate(tail, responseId, messageId, state.Id);
                }
            }
        }

        if (!needsContinuation && IsWhiteSpace(sent))
        {
            draft.Events.Add(EmptyReply());
            needsContinuation = true;
        }

        if (needsContinuation)
        {
            // Never the leaking text: a regenerated reply (checked as a whole) or authored content, after what was sent.
            var leaked = draft.Events.Count > 0 && draft.Events[^1].Kind == TurnEventKind.LeakBlocked;
            var continuation = await ProduceReplyAsync(draft, options, firstAttempt: leaked ? 1 : MaxRegenerations + 1, alreadySent: sent.ToString(), cancellationToken, blockedScan)
                .ConfigureAwait(false);
            if (sent.Length > 0 && !char.IsWhiteSpace(sent[^1]))
            {
                continuation = "\n\n" + continuation;
            }

            sent.Append(continuation);
            yield return TextUpdate(continuation, responseId, messageId, state.Id);
        }

        var turn = await CompleteTurnAsync(draft, sent.ToString(), cancellationToken).ConfigureAwait(false);
        yield return FinalUpdate(turn, responseId, messageId);
    }

    // string.IsNullOrWhiteSpace over the builder's chunks, without materializing the reply.
    private static bool IsWhiteSpace(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    private static ChatResponseUpdate TextUpdate(string text, string responseId, string messageId, string sessionId) =>
        new(ChatRole.Assistant, text) { ResponseId = responseId, MessageId = messageId, ConversationId = sessionId };

    private static ChatResponseUpdate FinalUpdate(DidacticTurn turn, string responseId, string messageId) =>
        new()
        {
            Role = ChatRole.Assistant,
            ResponseId = responseId,
            MessageId = messageId,
            ConversationId = turn.State.Id,
            FinishReason = ChatFinishReason.Stop,
            AdditionalProperties = new AdditionalPropertiesDictionary { [TurnPlanKey] = turn },
        };
}
