using System.Diagnostics.Metrics;

namespace Didactics;

/// <summary>
/// The names of the learner-model metrics the runtime publishes on the <see cref="MeterName"/> meter
/// (listen with OpenTelemetry's <c>AddMeter("Didactics")</c> or a <see cref="MeterListener"/>). See <c>docs/observability.md</c>.
/// </summary>
public static class LearnerMetrics
{
    /// <summary>The meter name shared by all Didactics instruments.</summary>
    public const string MeterName = "Didactics";

    /// <summary>Histogram (unit 1): the session's share of directive-delegation turns, recorded after every learner turn.</summary>
    public const string DelegationShareName = "didactics.delegation.share";

    /// <summary>Counter: learner turns, tagged with strategy, signal and collaboration mode.</summary>
    public const string LearnerTurnsName = "didactics.learner.turns";

    /// <summary>Counter: sessions that crossed the delegation threshold.</summary>
    public const string DelegationDetectedName = "didactics.delegation.detected";

    /// <summary>Counter: transitions into help phases refused by the effort gate.</summary>
    public const string EffortGateRefusalsName = "didactics.effort_gate.refusals";

    /// <summary>Tag: the strategy name.</summary>
    public const string StrategyTag = "didactics.strategy";

    /// <summary>Tag: the learner signal.</summary>
    public const string SignalTag = "didactics.signal";

    /// <summary>Tag: the collaboration mode.</summary>
    public const string ModeTag = "didactics.collaboration_mode";

    private static readonly Meter Meter = new(MeterName, typeof(LearnerMetrics).Assembly.GetName().Version?.ToString());

    internal static readonly Histogram<double> DelegationShare = Meter.CreateHistogram<double>(DelegationShareName, "1",
        "The session's share of directive-delegation learner turns after each learner turn.");

    internal static readonly Counter<long> LearnerTurns = Meter.CreateCounter<long>(LearnerTurnsName, "{turn}", "Learner turns by signal and collaboration mode.");

    internal static readonly Counter<long> DelegationDetected = Meter.CreateCounter<long>(DelegationDetectedName, "{session}",
        "Sessions whose delegation share crossed the threshold.");

    internal static readonly Counter<long> EffortGateRefusals = Meter.CreateCounter<long>(EffortGateRefusalsName, "{transition}",
        "Transitions into hint, example or reveal phases refused because the learner had not attempted yet.");
}
