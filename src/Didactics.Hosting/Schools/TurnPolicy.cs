using Microsoft.Extensions.AI;

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

/// <summary>The plan for one turn.</summary>
/// <param name="Model">The model client for the turn, or null for authored content.</param>
/// <param name="Choice">Which model and why (recorded with the turn).</param>
internal sealed record TurnPlan(IChatClient? Model, ModelChoice Choice)
{
    /// <summary>A reply that replaces the pipeline (the learner message reaches no model), or null.</summary>
    public string? FixedReply { get; init; }

    /// <summary>What the transcript keeps instead of the learner's (redacted) message when <see cref="FixedReply"/> is set, or null to keep it.</summary>
    public string? TranscriptText { get; init; }

    /// <summary>The safeguarding verdict when one fired.</summary>
    public SafeguardingVerdict? Safeguarding { get; init; }

    /// <summary>The learner's redacted words behind a safeguarding alert (for the teacher only; set by the service after redaction).</summary>
    public string? DisclosedText { get; init; }

    /// <summary>The profile to store for a new session.</summary>
    public LearnerProfile? Profile { get; init; }
}

/// <summary>Which model produced (or will produce) a turn, and why.</summary>
/// <param name="Provider">The provider; <see cref="ModelProvider.None"/> for authored content.</param>
/// <param name="Model">The model name, or <c>authored-content</c>.</param>
/// <param name="Reason">Why: <c>school-model</c>, <c>no-model-configured</c>, <c>under-13</c>, <c>no-parental-consent</c>, ….</param>
public sealed record ModelChoice(ModelProvider Provider, string Model, string Reason)
{
    /// <summary>The label shown with a turn: <c>provider:model</c>, or <c>authored-content</c>.</summary>
    public string Label => Provider == ModelProvider.None ? AuthoredContent : $"{Provider}:{Model}";

    /// <summary>The model name of authored-content turns.</summary>
    public const string AuthoredContent = "authored-content";

    /// <summary>An authored-content choice for <paramref name="reason"/>.</summary>
    public static ModelChoice Authored(string reason) => new(ModelProvider.None, AuthoredContent, reason);
}
