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
