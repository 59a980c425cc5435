using Polly;
using Polly.Retry;

namespace Didactics.Shared;

// The one shape of a retried call to a model or a tutor (hosting's ResilientChatClient, the certification runner):
// a retry with exponential backoff and jitter around a per-attempt timeout, both on the builder's TimeProvider so tests
// run them on a fake clock. Callers add what is theirs around it (hosting: a total timeout).
internal static class RetryPipeline
{
    /// <summary>The shortest per-attempt timeout Polly accepts.</summary>
    public static readonly TimeSpan MinAttemptTimeout = TimeSpan.FromMilliseconds(10);

    /// <summary>The longest per-attempt timeout Polly accepts.</summary>
    public static readonly TimeSpan MaxAttemptTimeout = TimeSpan.FromDays(1);

    /// <summary>
    /// Adds up to <paramref name="maxRetryAttempts"/> retries (none when 0) of failures <paramref name="shouldRetry"/>
    /// accepts, waiting about <paramref name="delay"/>, then twice that, and so on (jittered, capped at
    /// <paramref name="maxDelay"/> when given), and inside them a timeout of <paramref name="attemptTimeout"/> per attempt.
    /// </summary>
    public static ResiliencePipelineBuilder AddRetryWithAttemptTimeout(
        this ResiliencePipelineBuilder builder,
        int maxRetryAttempts,
        TimeSpan delay,
        TimeSpan? maxDelay,
        TimeSpan attemptTimeout,
        Func<Exception, CancellationToken, bool> shouldRetry,
        Action<int, Exception?>? onRetry = null)
    {
        if (maxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = delay,
                MaxDelay = maxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && shouldRetry(ex, args.Context.CancellationToken)),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args.AttemptNumber, args.Outcome.Exception);
                    return default;
                },
            });
        }

        return builder.AddTimeout(attemptTimeout);
    }
}
