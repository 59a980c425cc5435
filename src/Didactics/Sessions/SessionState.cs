using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Didactics;

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
/// <param name="Mode">For learner entries, the turn's collaboration mode.</param>
public sealed record TranscriptEntry(Speaker Speaker, string Text, string Phase, LearnerSignal Signal, DateTimeOffset At, CollaborationMode Mode = CollaborationMode.None);

/// <summary>
/// The delegation meter: how many learner turns fell into each <see cref="CollaborationMode"/>, and whether the
/// share of directive-delegation turns crossed the threshold (<see cref="LearnerModelOptions.DelegationThreshold"/>).
/// </summary>
/// <param name="Directive">Directive-delegation turns ("do it for me", answer requests, injections, authority pressure).</param>
/// <param name="FeedbackLoop">Feedback-loop turns.</param>
/// <param name="TaskIteration">Task-iteration turns (the learner's own attempts).</param>
/// <param name="Learning">Learning turns (why/how questions).</param>
/// <param name="Validation">Validation turns ("is this right?").</param>
/// <param name="Other">Turns in none of the modes.</param>
/// <param name="Delegating">True while the directive share is at or above the threshold (after the minimum number of turns).</param>
/// <param name="HelpWithoutEffort">
/// Help-seeking turns without effort: "I don't know", answer requests, injections and authority pressure made while the
/// learner had not tried since the last help (see <see cref="Effort"/>). Counted with or without an effort gate,
/// so a teacher sees a learner who asks through the hints ("gaming the system") whatever the strategy.
/// </param>
public sealed record DelegationMeter(int Directive = 0, int FeedbackLoop = 0, int TaskIteration = 0, int Learning = 0, int Validation = 0, int Other = 0, bool Delegating = false, int HelpWithoutEffort = 0)
{
    /// <summary>An empty meter.</summary>
    public static DelegationMeter Empty { get; } = new();

    /// <summary>All counted learner turns.</summary>
    [JsonIgnore]
    public int Total => Directive + FeedbackLoop + TaskIteration + Learning + Validation + Other;

    /// <summary>The share of directive-delegation turns among all counted learner turns (0 before the first turn).</summary>
    [JsonIgnore]
    public double Share => Total == 0 ? 0 : (double)Directive / Total;

    /// <summary>The count for <paramref name="mode"/>.</summary>
    public int this[CollaborationMode mode] => mode switch
    {
        CollaborationMode.DirectiveDelegation => Directive,
        CollaborationMode.FeedbackLoop => FeedbackLoop,
        CollaborationMode.TaskIteration => TaskIteration,
        CollaborationMode.Learning => Learning,
        CollaborationMode.Validation => Validation,
        _ => Other,
    };

    /// <summary>The meter with one more turn of <paramref name="mode"/> (<see cref="Delegating"/> unchanged).</summary>
    public DelegationMeter Record(CollaborationMode mode) => mode switch
    {
        CollaborationMode.DirectiveDelegation => this with { Directive = Directive + 1 },
        CollaborationMode.FeedbackLoop => this with { FeedbackLoop = FeedbackLoop + 1 },
        CollaborationMode.TaskIteration => this with { TaskIteration = TaskIteration + 1 },
        CollaborationMode.Learning => this with { Learning = Learning + 1 },
        CollaborationMode.Validation => this with { Validation = Validation + 1 },
        _ => this with { Other = Other + 1 },
    };
}

/// <summary>
/// The whole state of one tutoring session, as data: it is what an <see cref="ISessionStore"/> keeps and what
/// serializes (with <see cref="DidacticsJsonContext"/>) and round-trips exactly.
/// </summary>
public sealed record SessionState
{
    private readonly ImmutableSortedDictionary<string, int> _phaseVisits = ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal);
    private readonly ImmutableSortedDictionary<string, SkillMastery> _mastery = ImmutableSortedDictionary.Create<string, SkillMastery>(StringComparer.Ordinal);

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

    /// <summary>
    /// Substantive replies that were not attempts: turns the classifier left unclassified that carry the learner's own
    /// thinking (an answer to the tutor's smaller question, an explanation of a step; see <see cref="Effort.IsSubstantive"/>).
    /// </summary>
    public int Engagements { get; init; }

    /// <summary>The learner's effort so far: genuine attempts plus substantive replies (derived, not stored).</summary>
    [JsonIgnore]
    public int Effort => Attempts + Engagements;

    /// <summary>The value of <see cref="Effort"/> when the learner last received help (a hint, example or reveal); the effort gate counts effort since then.</summary>
    public int EffortAtLastHelp { get; init; }

    /// <summary>Turns in a row whose help the effort gate held back, since the learner last made an effort or received help.</summary>
    public int HeldTurns { get; init; }

    /// <summary>Honest "I don't know"s in a row whose help was held back, since the learner last made an effort or received help.</summary>
    public int StuckTurns { get; init; }

    /// <summary>True once the learner answered correctly.</summary>
    public bool Solved { get; init; }

    /// <summary>True once the answer was disclosed by a phase the policy allowed.</summary>
    public bool Disclosed { get; init; }

    /// <summary>True once the session reached a terminal phase.</summary>
    public bool Ended { get; init; }

    /// <summary>Learner turns so far.</summary>
    public int Turns { get; init; }

    /// <summary>How often each phase was entered (rotates through authored content variants). Sorted, so it serializes in a stable order.</summary>
    public ImmutableSortedDictionary<string, int> PhaseVisits
    {
        get => _phaseVisits;
        init => _phaseVisits = (value ?? throw new ArgumentNullException(nameof(value))).WithComparers(StringComparer.Ordinal); // a deserializer may bring another comparer
    }

    /// <summary>Per-skill mastery (Bayesian Knowledge Tracing), by skill name, updated on every genuine attempt.</summary>
    public ImmutableSortedDictionary<string, SkillMastery> Mastery
    {
        get => _mastery;
        init => _mastery = (value ?? throw new ArgumentNullException(nameof(value))).WithComparers(StringComparer.Ordinal);
    }

    /// <summary>Time on task: the gaps between the learner's turns, each capped at <see cref="LearnerModelOptions.IdleCutoff"/>.</summary>
    public TimeSpan TimeOnTask { get; init; }

    /// <summary>The delegation meter: collaboration-mode counts of the learner's turns.</summary>
    public DelegationMeter Delegation { get; init; } = DelegationMeter.Empty;

    /// <summary>The share of directive-delegation learner turns (see <see cref="DelegationMeter.Share"/>).</summary>
    [JsonIgnore]
    public double DelegationShare => Delegation.Share;

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
        && Id == other.Id && Strategy == other.Strategy && Problem.Equals(other.Problem) && Phase == other.Phase
        && Language == other.Language && Attempts == other.Attempts && Engagements == other.Engagements && EffortAtLastHelp == other.EffortAtLastHelp
        && HeldTurns == other.HeldTurns && StuckTurns == other.StuckTurns && HintLevel == other.HintLevel && Solved == other.Solved
        && Disclosed == other.Disclosed && Ended == other.Ended && Turns == other.Turns && Version == other.Version
        && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt
        && TimeOnTask == other.TimeOnTask && Delegation == other.Delegation
        && SameEntries(PhaseVisits, other.PhaseVisits) && SameEntries(Mastery, other.Mastery)
        && Transcript.SequenceEqual(other.Transcript);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Phase, Transcript.Count);

    // The immutable collections compare by reference; the state compares by content.
    private static bool SameEntries<T>(ImmutableSortedDictionary<string, T> a, ImmutableSortedDictionary<string, T> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && EqualityComparer<T>.Default.Equals(kv.Value, v));
}

/// <summary>System.Text.Json source-generated metadata for session state (no reflection at run time).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SessionState))]
public sealed partial class DidacticsJsonContext : JsonSerializerContext;
