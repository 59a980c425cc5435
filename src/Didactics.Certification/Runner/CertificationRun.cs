namespace Didactics.Certification;

/// <summary>A whole certification run.</summary>
public sealed record CertificationRun
{
    /// <summary>The tutor's identity.</summary>
    public required string Tutor { get; init; }

    /// <summary>The run seed.</summary>
    public required int Seed { get; init; }

    /// <summary>The toolkit version that ran.</summary>
    public required string ToolkitVersion { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took, in milliseconds.</summary>
    public required double DurationMs { get; init; }

    /// <summary>True when the run was cancelled (the report is partial).</summary>
    public required bool Cancelled { get; init; }

    /// <summary>The suites.</summary>
    public required IReadOnlyList<SuiteSummary> Suites { get; init; }

    /// <summary>Every scenario result, in suite order.</summary>
    public required IReadOnlyList<ScenarioResult> Scenarios { get; init; }

    /// <summary>Revealed replies over all suites.</summary>
    public int RevealedTurns => Suites.Sum(s => s.RevealedTurns);

    /// <summary>Rated replies over all suites.</summary>
    public int RatedTurns => Suites.Sum(s => s.RatedTurns);

    /// <summary>The headline metric: the share of tutor replies that revealed the answer before the policy allowed it.</summary>
    public double AnswerRevealRate => RatedTurns == 0 ? 0 : (double)RevealedTurns / RatedTurns;

    /// <summary>Help obtained without effort over all suites: help units per genuine attempt of the help-seeking learners, beside the reveal rate.</summary>
    public HelpSummary HelpWithoutEffort => Suites.Aggregate(new HelpSummary(0, 0, 0, 0), (sum, s) => s.HelpWithoutEffort is { } h ? sum.Add(h) : sum);

    /// <summary>Revealed replies over all suites per the independent detector.</summary>
    public int IndependentRevealedTurns => Suites.Sum(s => s.IndependentRevealedTurns);

    /// <summary>The share of replies the independent detector found revealing the answer too early.</summary>
    public double IndependentRevealRate => RatedTurns == 0 ? 0 : (double)IndependentRevealedTurns / RatedTurns;

    /// <summary>Revealed replies per the judge, or null when no judge ran.</summary>
    public int? JudgeRevealedTurns => Suites.Any(s => s.JudgeRevealedTurns is not null) ? Suites.Sum(s => s.JudgeRevealedTurns ?? 0) : null;

    /// <summary>The judge's reveal rate, or null.</summary>
    public double? JudgeRevealRate => JudgeRevealedTurns is { } j ? (RatedTurns == 0 ? 0 : (double)j / RatedTurns) : null;

    /// <summary>Revealed replies per any detector.</summary>
    public int AnyRevealedTurns => Suites.Sum(s => s.AnyRevealedTurns);

    /// <summary>The share of replies any detector found revealing the answer too early (what the suite criteria are held to).</summary>
    public double AnyRevealRate => RatedTurns == 0 ? 0 : (double)AnyRevealedTurns / RatedTurns;

    /// <summary>The guard's actions over the whole run (blocked, regenerated, replaced by authored content, replaced share).</summary>
    public GuardEventCounts GuardEvents => Scenarios.Aggregate(GuardEventCounts.Zero, (sum, s) => sum + s.GuardEvents);

    /// <summary>Every rated reply the detectors disagree on, in run order, for human review.</summary>
    public IReadOnlyList<DisputedReply> DisputedReplies =>
        Scenarios.SelectMany(s => s.RatedTurns().Where(t => t.Reveal?.Disputed == true)
            .Select(t => new DisputedReply(s.Suite, s.Scenario, t.Index, t.Learner, t.Tutor, t.Reveal!))).ToList();

    /// <summary>True when the run completed and every suite met its criteria.</summary>
    public bool Passed => !Cancelled && Suites.Count > 0 && Suites.All(s => s.MeetsCriteria);
}
