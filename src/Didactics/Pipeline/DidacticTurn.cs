namespace Didactics;

/// <summary>What happened during a turn besides the reply, for logs, metrics and the audit trail.</summary>
public enum TurnEventKind
{
    /// <summary>The answer-leak guard found the answer in a model reply; the reply was not sent.</summary>
    LeakBlocked = 0,

    /// <summary>The model was asked to rewrite a reply without the answer.</summary>
    Regenerated = 1,

    /// <summary>The reply came from authored content because the model failed or kept leaking.</summary>
    FellBackToAuthored = 2,

    /// <summary>A transition into a reveal phase was refused because the answer policy does not allow disclosure yet.</summary>
    RevealBlockedByPolicy = 3,

    /// <summary>The inner model threw or returned an empty reply.</summary>
    ModelFailed = 4,

    /// <summary>A transition into a hint, example or reveal phase was refused because the learner has not made the attempts the <see cref="EffortGate"/> requires.</summary>
    EffortGateBlocked = 10,

    /// <summary>The session's delegation share crossed the threshold in this turn; the turn model's <see cref="TurnModel.Delegating"/> is now true.</summary>
    DelegationDetected = 11,
}

/// <summary>One event of a turn.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">A human-readable detail (never the learner's raw text).</param>
public sealed record TurnEvent(TurnEventKind Kind, string Detail);

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

/// <summary>The outcome of one turn.</summary>
/// <param name="Reply">The text sent to the learner.</param>
/// <param name="Plan">The turn's plan (phase, signal, verdict, instructions).</param>
/// <param name="Events">What happened besides the reply.</param>
/// <param name="State">The session state after the turn, as stored.</param>
public sealed record DidacticTurn(string Reply, DidacticTurnPlan Plan, IReadOnlyList<TurnEvent> Events, SessionState State)
{
    /// <summary>The phase after the turn.</summary>
    public string Phase => Plan.Phase;

    /// <summary>The learner signal of the turn.</summary>
    public LearnerSignal Signal => Plan.Signal;

    /// <summary>True when the session reached a terminal phase.</summary>
    public bool Ended => State.Ended;
}

/// <summary>Thrown when two turns on one session race and this one lost; the turn was not applied and may be retried.</summary>
public sealed class SessionConflictException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public SessionConflictException(string sessionId)
        : base($"Session '{sessionId}' was changed by another turn while this turn ran; this turn was not applied. Retry it.") =>
        SessionId = sessionId;

    /// <summary>The session id.</summary>
    public string SessionId { get; }
}
