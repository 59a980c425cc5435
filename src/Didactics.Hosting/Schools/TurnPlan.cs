using Microsoft.Extensions.AI;

namespace Didactics.Hosting;

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
