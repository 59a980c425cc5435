using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Didactics.Hosting;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> named <c>Didactics</c>, and their instruments.
/// Subscribe with OpenTelemetry: <c>.AddSource("Didactics")</c> and <c>.AddMeter("Didactics")</c>.
/// See docs/observability.md for every instrument and tag.
/// </summary>
public static class DidacticsTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Didactics";

    /// <summary>The activity source: one <c>didactics.turn</c> activity per turn (and <c>didactics.session.start</c>).</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, typeof(DidacticsTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The meter.</summary>
    public static Meter Meter { get; } = new(Name, typeof(DidacticsTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary><c>didactics.turns</c>: turns handled, tagged with tenant, strategy, phase, signal and outcome.</summary>
    public static Counter<long> Turns { get; } = Meter.CreateCounter<long>("didactics.turns", "{turn}", "Learner turns handled (and session openings, with signal Unclassified).");

    /// <summary><c>didactics.phase_transitions</c>: moves from one phase to another, tagged with strategy, from and to.</summary>
    public static Counter<long> PhaseTransitions { get; } = Meter.CreateCounter<long>("didactics.phase_transitions", "{transition}", "Phase changes of sessions.");

    /// <summary><c>didactics.leaks_blocked</c>: model replies withheld because they stated the answer.</summary>
    public static Counter<long> LeaksBlocked { get; } = Meter.CreateCounter<long>("didactics.leaks_blocked", "{reply}", "Model replies withheld by the answer-leak guard.");

    /// <summary><c>didactics.fallbacks</c>: replies taken from authored content because the model failed or kept leaking.</summary>
    public static Counter<long> Fallbacks { get; } = Meter.CreateCounter<long>("didactics.fallbacks", "{reply}", "Replies that fell back to authored content.");

    /// <summary><c>didactics.model.retries</c>: model calls retried by the resilience client.</summary>
    public static Counter<long> ModelRetries { get; } = Meter.CreateCounter<long>("didactics.model.retries", "{retry}", "Model calls retried after a failure, timeout or empty reply.");

    /// <summary><c>didactics.conflicts</c>: turns rejected because a concurrent turn changed the session (HTTP 409).</summary>
    public static Counter<long> Conflicts { get; } = Meter.CreateCounter<long>("didactics.conflicts", "{turn}", "Turns rejected by optimistic concurrency.");

    /// <summary><c>didactics.idempotent_replays</c>: retried turns answered from their idempotency record.</summary>
    public static Counter<long> IdempotentReplays { get; } = Meter.CreateCounter<long>("didactics.idempotent_replays", "{turn}", "Retried turns answered with their stored result.");

    /// <summary><c>didactics.redactions</c>: personal data items removed from learner messages, tagged with kind.</summary>
    public static Counter<long> Redactions { get; } = Meter.CreateCounter<long>("didactics.redactions", "{item}", "Personal data items removed from learner messages.");

    /// <summary><c>didactics.turn.duration</c>: how long a turn took, in seconds, tagged with strategy and outcome.</summary>
    public static Histogram<double> TurnDuration { get; } = Meter.CreateHistogram<double>(
        "didactics.turn.duration", "s", "Duration of a turn, model calls and storage included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
}
