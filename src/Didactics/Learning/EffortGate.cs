namespace Didactics;

/// <summary>
/// Requires a genuine learner attempt (or several) before the strategy gives the next level of help. Declared on a
/// strategy class; the pipeline then refuses transitions into <see cref="PhaseMove.Hint"/>, <see cref="PhaseMove.Example"/>
/// and <see cref="PhaseMove.Reveal"/> phases until the learner has made <see cref="MinAttempts"/> genuine attempts
/// (answers the checker judged, correct or not) and records a <see cref="TurnEventKind.EffortGateBlocked"/> event.
/// </summary>
/// <example><code>[Strategy("hint-ladder")] [EffortGate(MinAttempts = 1)] public partial class HintLadder;</code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EffortGateAttribute : Attribute
{
    /// <summary>The genuine attempts required before help phases may be entered (default 1).</summary>
    public int MinAttempts { get; set; } = 1;
}

/// <summary>The runtime form of <see cref="EffortGateAttribute"/>; set it on <see cref="DidacticsChatClient.EffortGate"/>.</summary>
/// <param name="MinAttempts">The genuine attempts required before help phases may be entered (at least 1).</param>
public sealed record EffortGate(int MinAttempts = 1)
{
    /// <summary>The genuine attempts required (at least 1).</summary>
    public int MinAttempts { get; init; } = MinAttempts >= 1 ? MinAttempts
        : throw new ArgumentOutOfRangeException(nameof(MinAttempts), MinAttempts, "An effort gate needs at least one attempt; remove the gate to allow help without an attempt.");

    /// <summary>Creates the gate an attribute declares.</summary>
    public static EffortGate From(EffortGateAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return new EffortGate(attribute.MinAttempts);
    }

    /// <summary>True for the moves the gate guards: hints, worked examples and reveals.</summary>
    public static bool Guards(PhaseMove move) => move is PhaseMove.Hint or PhaseMove.Example or PhaseMove.Reveal;

    /// <summary>True when a phase with <paramref name="move"/> may be entered after <paramref name="attempts"/> genuine attempts.</summary>
    public bool Allows(PhaseMove move, int attempts) => !Guards(move) || attempts >= MinAttempts;

    /// <summary>How many more attempts are needed before help (0 when none).</summary>
    public int AttemptsNeeded(int attempts) => Math.Max(0, MinAttempts - attempts);

    // Returns the target phase, or -1 when the gate refuses it (recording the refusal).
    internal static int Apply(EffortGate? gate, StrategyDescriptor strategy, int from, int target, int attempts, List<TurnEvent> events)
    {
        if (gate is null || target < 0 || target == from || gate.Allows(strategy.Phases[target].Move, attempts))
        {
            return target;
        }

        events.Add(new TurnEvent(TurnEventKind.EffortGateBlocked,
            $"Transition {strategy.Phases[from].Name} -> {strategy.Phases[target].Name} refused: {attempts} of {gate.MinAttempts} required attempt(s) made."));
        LearnerMetrics.EffortGateRefusals.Add(1, new KeyValuePair<string, object?>(LearnerMetrics.StrategyTag, strategy.Name));
        return -1;
    }
}
