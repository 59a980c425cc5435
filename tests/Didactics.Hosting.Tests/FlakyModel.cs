using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Hosting.Tests;

/// <summary>
/// A model that fails a fixed share of calls in every way a model fails: it throws, hangs past the timeout, or answers
/// empty or with no message at all. Successful replies are the phase's authored content marked with "[model] ".
/// </summary>
internal sealed class FlakyModel(double failureRate, int seed) : IChatClient
{
    private readonly Random _random = new(seed);
    public int Calls;
    public int Failures;

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Calls);
        double roll, mode;
        lock (_random)
        {
            roll = _random.NextDouble();
            mode = _random.NextDouble();
        }

        if (roll < failureRate)
        {
            Interlocked.Increment(ref Failures);
            switch (mode)
            {
                case < 0.5:
                    throw new HttpRequestException("503 Service Unavailable (injected)");
                case < 0.8:
                    return FakeChatClient.Reply("   ");
                case < 0.95:
                    return new ChatResponse([]);
                default:
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    break;
            }
        }

        var authored = await AuthoredContentChatClient.Instance.GetResponseAsync(messages, options, cancellationToken);
        return FakeChatClient.Reply("[model] " + authored.Text);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The pipeline calls the model without streaming.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
