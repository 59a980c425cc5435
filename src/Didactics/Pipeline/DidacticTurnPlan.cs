namespace Didactics;

/// <summary>
/// The plan for a turn that the pipeline hands to the inner chat client in
/// <see cref="Microsoft.Extensions.AI.ChatOptions.AdditionalProperties"/> under <see cref="DidacticsChatClient.TurnPlanKey"/>.
/// Authored-content mode answers from <see cref="AuthoredReply"/>; a model answers from the rendered instructions.
/// </summary>
/// <param name="Strategy">The strategy name.</param>
/// <param name="Phase">The phase the reply is for.</param>
/// <param name="Move">What the phase does.</param>
/// <param name="Signal">The learner signal that led here (or <see cref="LearnerSignal.Unclassified"/> for the opening turn).</param>
/// <param name="Verdict">The answer checker's verdict.</param>
/// <param name="Instructions">The rendered model-facing instructions.</param>
/// <param name="AuthoredReply">The rendered authored content for the phase, or null when the phase has none.</param>
/// <param name="Language">The session language.</param>
public sealed record DidacticTurnPlan(
    string Strategy,
    string Phase,
    PhaseMove Move,
    LearnerSignal Signal,
    AnswerVerdict Verdict,
    string Instructions,
    string? AuthoredReply,
    string Language);
