namespace Didactics;

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
