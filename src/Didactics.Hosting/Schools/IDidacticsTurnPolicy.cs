namespace Didactics.Hosting;

/// <summary>
/// What the session service asks before and after each turn when schools are configured: which model may produce the
/// turn (or a fixed reply that replaces the whole pipeline, e.g. for a safeguarding disclosure), and what to record after.
/// </summary>
internal interface IDidacticsTurnPolicy
{
    /// <summary>Validates the school-specific parts of a start request and plans the opening turn.</summary>
    ValueTask<TurnPlan> PlanStartAsync(string tenant, string learner, StartSessionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Plans a learner turn on <paramref name="session"/> for the cleaned, not yet redacted <paramref name="text"/> (only
    /// the safeguarding classifier reads it; the service redacts before anything is stored or sent to a model).
    /// </summary>
    ValueTask<TurnPlan> PlanTurnAsync(string tenant, HostedSession session, string text, CancellationToken cancellationToken);

    /// <summary>Records what a turn used and raises alerts; <paramref name="turn"/> is the applied turn.</summary>
    ValueTask CompletedAsync(string tenant, string learner, TurnPlan plan, DidacticTurn turn, CancellationToken cancellationToken);

    /// <summary>Erases what the policy kept for an erased session.</summary>
    ValueTask ErasedAsync(SessionKey key, CancellationToken cancellationToken);
}
