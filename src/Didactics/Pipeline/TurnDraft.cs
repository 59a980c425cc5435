namespace Didactics;

/// <summary>A planned turn: everything <see cref="TurnPlanner"/> decided before the reply is produced.</summary>
/// <param name="Original">The session before the turn, as read from the store.</param>
/// <param name="Next">The session after the turn, without the tutor's reply: learner model updated, learner entry added, phase moved.</param>
/// <param name="Plan">The plan the inner client receives: phase, move, signal, verdict, instructions and authored content.</param>
/// <param name="MayStateAnswer">True when the reply may state the answer (a reveal phase, or the problem is solved), so it is not guarded.</param>
/// <param name="Events">What happened so far; producing the reply may add more (leaks, regenerations, fallbacks).</param>
/// <param name="Now">The time of the turn.</param>
internal readonly record struct TurnDraft(SessionState Original, SessionState Next, DidacticTurnPlan Plan, bool MayStateAnswer, List<TurnEvent> Events, DateTimeOffset Now);
