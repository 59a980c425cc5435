using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Didactics.Shared;
using Polly;
using Polly.Timeout;

namespace Didactics.Hosting;

/// <summary>
/// Retries failed model calls: a total timeout around a retry with jittered exponential backoff around a per-attempt
/// timeout (Polly). Exceptions, timeouts and empty or malformed replies count as failures. When every attempt fails,
/// the last failure propagates, and the Didactics pipeline answers from authored content, so the learner always gets
/// a reply and the session stays consistent.
/// </summary>
/// <remarks>
/// The message list is materialized once so every attempt sends the same request. A stream is retried only until its
/// first update arrives; once updates reach the caller they are never repeated.
/// </remarks>
public sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Wraps <paramref name="innerClient"/>.</summary>
    public ResilientChatClient(IChatClient innerClient, ChatResilienceOptions? options = null)
        : base(innerClient)
    {
        Options = options ?? new ChatResilienceOptions();
        Options.Validate();
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = Options.TimeProvider }
            .AddTimeout(Options.TotalTimeout)
            .AddRetryWithAttemptTimeout(
                Options.MaxRetryAttempts,
                Options.BaseDelay,
                Options.MaxDelay,
                Options.AttemptTimeout,
                IsTransient,
                (attempt, exception) =>
                {
                    DidacticsTelemetry.ModelRetries.Add(1, new KeyValuePair<string, object?>("error.type", exception?.GetType().Name));
                    Options.OnRetry?.Invoke(attempt, exception);
                })
            .Build();
    }

    /// <summary>The options in effect.</summary>
    public ChatResilienceOptions Options { get; }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        return await _pipeline.ExecuteAsync(
            async token =>
            {
                var response = await base.GetResponseAsync(list, options, token).ConfigureAwait(false);
                Validate(response);
                return response;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var enumerator = await _pipeline.ExecuteAsync(
            async token =>
            {
                var e = base.GetStreamingResponseAsync(list, options, cancellationToken).GetAsyncEnumerator(token);
                try
                {
                    if (!await e.MoveNextAsync().ConfigureAwait(false))
                    {
                        throw new MalformedModelReplyException("The model's stream ended without any update.");
                    }

                    return e;
                }
                catch
                {
                    await e.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            },
            cancellationToken).ConfigureAwait(false);

        await using (enumerator.ConfigureAwait(false))
        {
            do
            {
                yield return enumerator.Current;
            }
            while (await enumerator.MoveNextAsync().ConfigureAwait(false));
        }
    }

    private static void Validate(ChatResponse response)
    {
        if (response is null || response.Messages.Count == 0)
        {
            throw new MalformedModelReplyException("The model returned no message.");
        }

        if (string.IsNullOrWhiteSpace(response.Text))
        {
            throw new MalformedModelReplyException("The model returned an empty reply.");
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            throw new MalformedModelReplyException("The model's reply was cut by a content filter.");
        }
    }

    // The caller's own cancellation is final; everything else (timeouts included) is worth another attempt.
    private static bool IsTransient(Exception ex, CancellationToken token) =>
        ex is not OperationCanceledException || ex is TimeoutRejectedException || !token.IsCancellationRequested;
}
