namespace Didactics.Hosting;

/// <summary>Options of <see cref="ResilientChatClient"/>.</summary>
public sealed class ChatResilienceOptions
{
    /// <summary>How often a failed model call is retried (default 3; 0 disables retries).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay; later delays grow exponentially with jitter (default 200 ms).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between two attempts (default 5 s).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The timeout of one model call (default 20 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The timeout of all attempts together, delays included (default 60 s).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The clock for delays and timeouts (tests use a fake one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Called for every retry with the attempt number (0-based) and the failure; for metrics and logs.</summary>
    public Action<int, Exception?>? OnRetry { get; set; }

    internal void Validate()
    {
        if (MaxRetryAttempts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "MaxRetryAttempts must be 0 or more.");
        }

        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("AttemptTimeout and TotalTimeout must be positive.");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            throw new ArgumentException("BaseDelay must be 0 or more and MaxDelay at least BaseDelay.");
        }
    }
}
