namespace Didactics;

/// <summary>
/// Requires a genuine learner attempt (or several) before each next level of help. Declared on a strategy class; the
/// pipeline then refuses transitions into <see cref="PhaseMove.Hint"/>, <see cref="PhaseMove.Example"/> and
/// <see cref="PhaseMove.Reveal"/> phases, and holds back the next rung of the hint ladder in a hint phase, until the
/// learner has made <see cref="MinAttempts"/> genuine attempts (answers the checker judged, correct or not) since the
/// previous help, and records a <see cref="TurnEventKind.EffortGateBlocked"/> event.
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

    /// <summary>True when a phase with <paramref name="move"/> may be entered after <paramref name="attemptsSinceHelp"/> genuine attempts since the previous help.</summary>
    public bool Allows(PhaseMove move, int attemptsSinceHelp) => !Guards(move) || attemptsSinceHelp >= MinAttempts;

    /// <summary>How many more attempts are needed before the next help (0 when none), given the attempts since the previous help.</summary>
    public int AttemptsNeeded(int attemptsSinceHelp) => Math.Max(0, MinAttempts - attemptsSinceHelp);

    // Returns the phase to move to (target, or -1 when the gate refuses the transition) and, in held, whether the
    // turn's help is held back: a refused transition, or a hint phase that would climb its ladder without new attempts.
    internal static int Apply(EffortGate? gate, StrategyDescriptor strategy, int from, int target, int attemptsSinceHelp, List<TurnEvent> events, out bool held)
    {
        held = false;
        if (gate is null)
        {
            return target;
        }

        if (target >= 0 && target != from)
        {
            if (gate.Allows(strategy.Phases[target].Move, attemptsSinceHelp))
            {
                return target;
            }

            events.Add(new TurnEvent(TurnEventKind.EffortGateBlocked,
                $"Transition {strategy.Phases[from].Name} -> {strategy.Phases[target].Name} refused: {attemptsSinceHelp} of {gate.MinAttempts} required attempt(s) made."));
            Count(strategy);
            held = true;
            return -1;
        }

        if (strategy.Phases[from].Move == PhaseMove.Hint && attemptsSinceHelp < gate.MinAttempts)
        {
            events.Add(new TurnEvent(TurnEventKind.EffortGateBlocked,
                $"Next hint in {strategy.Phases[from].Name} held back: {attemptsSinceHelp} of {gate.MinAttempts} required attempt(s) since the last hint."));
            Count(strategy);
            held = true;
        }

        return target;

        static void Count(StrategyDescriptor strategy) =>
            LearnerMetrics.EffortGateRefusals.Add(1, new KeyValuePair<string, object?>(LearnerMetrics.StrategyTag, strategy.Name));
    }
}
