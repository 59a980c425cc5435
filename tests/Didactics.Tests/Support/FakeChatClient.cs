using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Didactics.Tests;

/// <summary>A scripted chat client: answers each call with the text the callback returns, and records the calls.</summary>
internal sealed class FakeChatClient(Func<FakeChatClient.Call, string> reply) : IChatClient
{
    public sealed record Call(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)
    {
        public DidacticTurnPlan? Plan => Options?.AdditionalProperties?.TryGetValue(DidacticsChatClient.TurnPlanKey, out var v) == true ? v as DidacticTurnPlan : null;
    }

    public List<Call> Calls { get; } = [];

    public TimeSpan Delay { get; init; }

    public static FakeChatClient Scripted(params string[] replies)
    {
        var queue = new Queue<string>(replies);
        return new FakeChatClient(_ => queue.Count > 0 ? queue.Dequeue() : throw new InvalidOperationException("The script has no more replies."));
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = new Call(messages.ToList(), options);
        Calls.Add(call);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(call)));
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

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
