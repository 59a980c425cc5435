using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Didactics.Hosting;

/// <summary>
/// The default <see cref="ISchoolModelFactory"/>: the OpenAI .NET client (through <c>Microsoft.Extensions.AI.OpenAI</c>)
/// against the school's endpoint: any OpenAI-compatible API (OpenAI, Ollama's <c>/v1</c>, vLLM), or Azure OpenAI's
/// <c>/openai/v1/</c> API with the deployment name as model.
/// </summary>
public sealed class OpenAISchoolModelFactory : ISchoolModelFactory
{
    /// <inheritdoc />
    public IChatClient Create(SchoolModelOptions model, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(model);
        var endpoint = new Uri(model.Endpoint!, UriKind.Absolute);
        if (model.Provider == ModelProvider.AzureOpenAI && !endpoint.AbsolutePath.Contains("/openai/", StringComparison.OrdinalIgnoreCase))
        {
            endpoint = new Uri(endpoint, "/openai/v1/");
        }

        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            // The host owns retries (ResilientChatClient); the SDK's own loop would multiply them.
            RetryPolicy = new ClientRetryPolicy(0),
        };
        return new OpenAI.Chat.ChatClient(model.Model!, new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "none" : apiKey), options).AsIChatClient();
    }
}
