using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Didactics.Sessions;

/// <summary>Who said a transcript entry.</summary>
public enum Speaker
{
    /// <summary>The learner.</summary>
    Learner = 0,

    /// <summary>The tutor.</summary>
    Tutor = 1,
}

/// <summary>One line of a session transcript.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="Text">What was said (learner text after redaction).</param>
/// <param name="Phase">The phase the session was in after the turn.</param>
/// <param name="Signal">For learner entries, the classified signal.</param>
/// <param name="At">When it was said.</param>
public sealed record TranscriptEntry(Speaker Speaker, string Text, string Phase, LearnerSignal Signal, DateTimeOffset At);

/// <summary>
/// The whole state of one tutoring session, as data: it is what an <see cref="ISessionStore"/> keeps and what
/// serializes (with <see cref="DidacticsJsonContext"/>) and round-trips exactly.
/// </summary>
public sealed record SessionState
{
    /// <summary>The session id.</summary>
    public required string Id { get; init; }

    /// <summary>The name of the strategy that runs the session.</summary>
    public required string Strategy { get; init; }

    /// <summary>The problem the learner works on.</summary>
    public required Problem Problem { get; init; }

    /// <summary>The current phase's name.</summary>
    public required string Phase { get; init; }

    /// <summary>The session language as an IETF tag.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Genuine attempts so far.</summary>
    public int Attempts { get; init; }

    /// <summary>The current hint ladder rung (0 before the first hint).</summary>
    public int HintLevel { get; init; }

    /// <summary>True once the learner answered correctly.</summary>
    public bool Solved { get; init; }

    /// <summary>True once the answer was disclosed by a phase the policy allowed.</summary>
    public bool Disclosed { get; init; }

    /// <summary>True once the session reached a terminal phase.</summary>
    public bool Ended { get; init; }

    /// <summary>Learner turns so far.</summary>
    public int Turns { get; init; }

    /// <summary>How often each phase was entered (rotates through authored content variants).</summary>
    public ImmutableDictionary<string, int> PhaseVisits { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The transcript, oldest first.</summary>
    public ImmutableList<TranscriptEntry> Transcript { get; init; } = ImmutableList<TranscriptEntry>.Empty;

    /// <summary>The version for optimistic concurrency; a store increments it on every save.</summary>
    public long Version { get; init; }

    /// <summary>When the session was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the session was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The number of visits to <paramref name="phase"/> so far.</summary>
    public int VisitsOf(string phase) => PhaseVisits.TryGetValue(phase, out var n) ? n : 0;

    /// <inheritdoc />
    public bool Equals(SessionState? other) =>
        other is not null
        && Id == other.Id && Strategy == other.Strategy && Problem.Id == other.Problem.Id && Phase == other.Phase
        && Language == other.Language && Attempts == other.Attempts && HintLevel == other.HintLevel && Solved == other.Solved
        && Disclosed == other.Disclosed && Ended == other.Ended && Turns == other.Turns && Version == other.Version
        && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt
        && PhaseVisits.Count == other.PhaseVisits.Count && PhaseVisits.All(kv => other.PhaseVisits.TryGetValue(kv.Key, out var v) && v == kv.Value)
        && Transcript.SequenceEqual(other.Transcript);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Phase, Transcript.Count);
}

/// <summary>System.Text.Json source-generated metadata for session state (no reflection at run time).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SessionState))]
public sealed partial class DidacticsJsonContext : JsonSerializerContext;
