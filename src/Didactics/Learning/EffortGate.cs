namespace Didactics;

/// <summary>
/// Help is earned: requires learner effort before each next level of help. Declared on a strategy class; until the
/// learner has made <see cref="MinAttempts"/> units of effort since the previous help (genuine attempts the checker
/// judged, correct or not, or substantive replies to the tutor's question, see <see cref="Effort"/>), the
/// pipeline holds back the next rung of the hint ladder (a <see cref="PhaseMove.Hint"/> phase is entered, but its rung
/// stays where it was and <see cref="TurnModel.EffortRequired"/> is set, so the phase re-asks the current rung or asks
/// <see cref="TurnModel.SmallerQuestion"/>), refuses transitions into <see cref="PhaseMove.Example"/> and
/// <see cref="PhaseMove.Reveal"/> phases, and records a <see cref="TurnEventKind.EffortGateBlocked"/> event. After
/// <see cref="EffortGate.WorkedExampleAfter"/> honest "I don't know"s in a row without effort, the smaller question becomes the
/// problem's worked sibling example (never the target's answer).
/// </summary>
/// <example><code>[Strategy("hint-ladder")] [EffortGate(MinAttempts = 1)] public partial class HintLadder;</code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EffortGateAttribute : Attribute
{
    /// <summary>The units of effort (attempts or substantive replies) required before each next level of help (default 1).</summary>
    public int MinAttempts { get; set; } = 1;
}

/// <summary>The runtime form of <see cref="EffortGateAttribute"/>; set it on <see cref="DidacticsChatClient.EffortGate"/>.</summary>
/// <param name="MinAttempts">The units of effort required before each next level of help (at least 1).</param>
public sealed record EffortGate(int MinAttempts = 1)
{
    /// <summary>
    /// The honest "I don't know"s in a row, without effort in between, after which a stuck learner's smaller question
    /// becomes the problem's worked sibling example (default 3; the first ones get smaller questions).
    /// </summary>
    public int WorkedExampleAfter { get; init; } = 3;

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
    // turn's help is held back: a refused transition into an example or reveal phase, or a hint phase (entered or
    // stayed in) whose ladder would climb without new effort. A hint phase is still entered: it is where the strategy
    // answers that signal (a warm refusal, an "I don't know"), and it re-asks the current rung instead of the next.
    internal static int Apply(EffortGate? gate, StrategyDescriptor strategy, int from, int target, int attemptsSinceHelp, List<TurnEvent> events, out bool held)
    {
        held = false;
        if (gate is null)
        {
            return target;
        }

        if (target >= 0 && target != from)
        {
            var move = strategy.Phases[target].Move;
            if (gate.Allows(move, attemptsSinceHelp))
            {
                return target;
            }

            if (move == PhaseMove.Hint)
            {
                events.Add(new TurnEvent(TurnEventKind.EffortGateBlocked,
                    $"Next hint in {strategy.Phases[target].Name} held back: {attemptsSinceHelp} of {gate.MinAttempts} required attempt(s) since the last hint."));
                Count(strategy);
                held = true;
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
