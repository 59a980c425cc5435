using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>The result of starting a session or posting a turn.</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Turn">The learner turn number (0 for the opening turn).</param>
/// <param name="Reply">The tutor's reply.</param>
/// <param name="Phase">The phase after the turn.</param>
/// <param name="Signal">The classified learner signal.</param>
/// <param name="Ended">True when the session reached a terminal phase.</param>
/// <param name="Solved">True once the learner answered correctly.</param>
/// <param name="Version">The session version after the turn (also sent as the <c>ETag</c>).</param>
/// <param name="Events">What happened besides the reply (empty for a replayed turn).</param>
/// <param name="Replayed">True when this is the stored result of an earlier request with the same <c>Idempotency-Key</c>.</param>
public sealed record TurnResponse(
    string SessionId, int Turn, string Reply, string Phase, LearnerSignal Signal, bool Ended, bool Solved, long Version,
    IReadOnlyList<TurnEventResponse> Events, bool Replayed)
{
    /// <summary>With schools configured: which model produced the reply (<c>provider:model</c> or <c>authored-content</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; init; }
}
