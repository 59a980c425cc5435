namespace Didactics.Hosting;

/// <summary>Thrown when an <c>Idempotency-Key</c> is reused for a different learner message (the API answers 422).</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : InvalidOperationException($"Idempotency-Key '{key}' was already used for a different message on this session; use a new key for a new message.");
