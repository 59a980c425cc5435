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
