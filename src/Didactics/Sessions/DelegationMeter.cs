using System.Text.Json.Serialization;

namespace Didactics;

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
