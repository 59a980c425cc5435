using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Didactics;

/// <summary>
/// Authored-content mode: a chat client that answers from the designer-authored content of the current phase,
/// with no model at all, as classic intelligent tutoring systems do. It is the embedded default, and it reads the
/// <see cref="DidacticTurnPlan"/> that <see cref="DidacticsChatClient"/> passes in <see cref="ChatOptions.AdditionalProperties"/>.
/// </summary>
public sealed class AuthoredContentChatClient : IChatClient
{
    private static readonly ChatClientMetadata Metadata = new("didactics-authored", providerUri: null, defaultModelId: "authored-content");

    /// <summary>A shared instance; the client is stateless.</summary>
    public static AuthoredContentChatClient Instance { get; } = new();

    /// <summary>The reply for a phase without authored content: a neutral prompt to keep the learner working.</summary>
    public static string NeutralPrompt(string language) =>
        language.StartsWith("nl", StringComparison.OrdinalIgnoreCase)
            ? "Laten we samen verder denken. Wat zou je volgende stap zijn?"
            : "Let's keep thinking about it together. What would your next step be?";

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var plan = ReadPlan(options);
        var text = plan.AuthoredReply ?? NeutralPrompt(plan.Language);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = Metadata.DefaultModelId,
            FinishReason = ChatFinishReason.Stop,
        });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static DidacticTurnPlan ReadPlan(ChatOptions? options)
    {
        if (options?.AdditionalProperties is { } props && props.TryGetValue(DidacticsChatClient.TurnPlanKey, out var value) && value is DidacticTurnPlan plan)
        {
            return plan;
        }

        throw new InvalidOperationException(
            "AuthoredContentChatClient answers only inside a Didactics pipeline: use it as the inner client of DidacticsChatClient (ChatClientBuilder.UseDidactics).");
    }
}
