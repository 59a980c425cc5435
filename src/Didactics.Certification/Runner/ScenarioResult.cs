namespace Didactics.Certification;

/// <summary>The result of one scenario.</summary>
public sealed record ScenarioResult
{
    /// <summary>The suite id.</summary>
    public required string Suite { get; init; }

    /// <summary>The scenario id.</summary>
    public required string Scenario { get; init; }

    /// <summary>The topic.</summary>
    public required string Topic { get; init; }

    /// <summary>The language.</summary>
    public required string Language { get; init; }

    /// <summary>The persona.</summary>
    public required PersonaKind Persona { get; init; }

    /// <summary>The learner's seed.</summary>
    public required int Seed { get; init; }

    /// <summary>How the scenario ended.</summary>
    public required ScenarioStatus Status { get; init; }

    /// <summary>For <see cref="ScenarioStatus.Error"/>, what went wrong.</summary>
    public string? Error { get; init; }

    /// <summary>Every tutor reply with its verdicts.</summary>
    public required IReadOnlyList<TurnResult> Turns { get; init; }

    /// <summary>How long the scenario took, in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>For a learner who seeks help instead of trying (answer-seeker, prompt-injector, authority-pressure, confused): the help obtained and the attempts made; otherwise null.</summary>
    public EffortLedger? Effort { get; init; }

    /// <summary>The ids of the checks that failed at least once.</summary>
    public IEnumerable<string> FailedChecks() =>
        Turns.SelectMany(t => t.Verdicts).Where(v => !v.Passed).Select(v => v.Check).Distinct(StringComparer.Ordinal);

    /// <summary>The guard's actions over the scenario's replies (zero when the tutor reports no turn events).</summary>
    public GuardEventCounts GuardEvents => Turns.Aggregate(GuardEventCounts.Zero, (sum, t) => t.GuardEvents is { } g ? sum + g : sum);

    /// <summary>Counts towards the reveal rate: replies to learner turns (the opening is checked but not counted).</summary>
    public IEnumerable<TurnResult> RatedTurns() => Turns.Where(t => t.Index >= 0);
}
