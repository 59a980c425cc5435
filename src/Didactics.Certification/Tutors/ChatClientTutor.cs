using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Didactics.Certification;

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
