namespace Didactics.Hosting;

/// <summary>
/// The stored outcome of a learner turn posted with an <c>Idempotency-Key</c>: a retry with the same key gets this
/// back instead of running the turn again. It is written in the same atomic step as the session update.
/// </summary>
/// <param name="IdempotencyKey">The client's key.</param>
/// <param name="RequestHash">A hash of the learner text, so a key reused for a different message is detected.</param>
/// <param name="Version">The session version the turn produced.</param>
/// <param name="Turn">The learner turn number (1-based).</param>
/// <param name="Reply">The tutor's reply.</param>
/// <param name="Phase">The phase after the turn.</param>
/// <param name="Signal">The classified learner signal.</param>
/// <param name="Ended">True when the turn ended the session.</param>
/// <param name="Solved">True when the problem was solved.</param>
/// <param name="At">When the turn was applied.</param>
public sealed record TurnRecord(
    string IdempotencyKey,
    string RequestHash,
    long Version,
    int Turn,
    string Reply,
    string Phase,
    LearnerSignal Signal,
    bool Ended,
    bool Solved,
    DateTimeOffset At);
