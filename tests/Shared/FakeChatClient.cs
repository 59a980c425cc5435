using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Didactics.Tests.Shared;

/// <summary>
/// A chat client configured through a callback (like dotnet/extensions' <c>TestChatClient</c>), shared by the runtime,
/// certification and hosting tests: it records every call and answers with what the callback returns. A stream is the
/// same response cut into updates.
/// </summary>
internal sealed class FakeChatClient(Func<FakeChatClient.Call, CancellationToken, Task<ChatResponse>> respond) : IChatClient
{
    private readonly List<Call> _calls = [];

    /// <summary>Answers each call with the text <paramref name="reply"/> returns.</summary>
    public FakeChatClient(Func<Call, string> reply)
        : this((call, _) => Task.FromResult(Reply(reply(call))))
    {
    }

    /// <summary>Answers each call with the text <paramref name="reply"/> computes, asynchronously, from the messages.</summary>
    public FakeChatClient(Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<string>> reply)
        : this(async (call, token) => Reply(await reply(call.Messages, token)))
    {
    }

    /// <summary>One call: the messages (materialized) and the options it was made with.</summary>
    public sealed record Call(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)
    {
        /// <summary>The turn plan the Didactics pipeline attached to the call, if any.</summary>
        public DidacticTurnPlan? Plan => Options?.AdditionalProperties?.TryGetValue(DidacticsChatClient.TurnPlanKey, out var v) == true ? v as DidacticTurnPlan : null;
    }

    /// <summary>The calls so far, in order (a snapshot).</summary>
    public IReadOnlyList<Call> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>How many calls were made.</summary>
    public int CallCount
    {
        get
        {
            lock (_calls)
            {
                return _calls.Count;
            }
        }
    }

    /// <summary>A delay before every answer (honours cancellation).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Answers with <paramref name="replies"/> in order, and fails when they run out.</summary>
    public static FakeChatClient Scripted(params string[] replies)
    {
        var queue = new Queue<string>(replies);
        return new FakeChatClient(_ => queue.Count > 0 ? queue.Dequeue() : throw new InvalidOperationException("The script has no more replies."));
    }

    /// <summary>An assistant response with <paramref name="text"/>.</summary>
    public static ChatResponse Reply(string text) => new(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "fake-model" };

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = new Call(messages.ToList(), options);
        lock (_calls)
        {
            _calls.Add(call);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return await respond(call, cancellationToken);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
