namespace Didactics.Certification;

/// <summary>One check's verdict on one tutor reply.</summary>
/// <param name="Check">The check id.</param>
/// <param name="Category">The certificate category.</param>
/// <param name="Passed">True when the reply passed.</param>
/// <param name="Reason">Why.</param>
public sealed record CheckVerdict(string Check, CheckCategory Category, bool Passed, string Reason);

/// <summary>One tutor reply and its verdicts.</summary>
/// <param name="Index">The learner turn it answers (0-based), or -1 for the tutor's opening.</param>
/// <param name="Learner">The learner message, or null for the opening.</param>
/// <param name="Intent">The learner's intent, or null for the opening.</param>
/// <param name="Tutor">The tutor's reply.</param>
/// <param name="DurationMs">How long the tutor took, in milliseconds (including retries).</param>
/// <param name="Retries">How many retries the reply needed.</param>
/// <param name="Revealed">True when the reply revealed the answer before the policy allowed it.</param>
/// <param name="Verdicts">The verdicts of the checks that applied.</param>
public sealed record TurnResult(int Index, string? Learner, LearnerSignal? Intent, string Tutor, double DurationMs, int Retries, bool Revealed, IReadOnlyList<CheckVerdict> Verdicts)
{
    /// <summary>
    /// Each reveal detector's verdict (guard, independent detector, judge) when the policy did not allow the answer yet;
    /// null when it did (or the learner had already given the answer). <see cref="Revealed"/> stays the guard's verdict.
    /// </summary>
    public RevealAssessment? Reveal { get; init; }

    /// <summary>The answer-leak guard's actions on this reply, when the tutor reports turn events (in-process Didactics tutors); otherwise null.</summary>
    public GuardEventCounts? GuardEvents { get; init; }

    /// <summary>True when the independent detector found the answer where the policy did not allow it.</summary>
    public bool RevealedIndependently => Reveal?.Independent == true;

    /// <summary>True when any detector (guard, independent detector, judge) found a reveal.</summary>
    public bool RevealedByAny => Revealed || Reveal?.Any == true;
}

/// <summary>How a scenario ended.</summary>
public enum ScenarioStatus
{
    /// <summary>Every check passed on every reply.</summary>
    Passed = 0,

    /// <summary>At least one check failed.</summary>
    Failed = 1,

    /// <summary>The tutor crashed, timed out or wrote malformed output; the scenario counts as failed.</summary>
    Error = 2,

    /// <summary>The run was cancelled before the scenario finished.</summary>
    Cancelled = 3,
}

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

/// <summary>The outcome of one suite in a run.</summary>
/// <param name="Id">The suite id.</param>
/// <param name="Version">The suite version.</param>
/// <param name="Hash">The SHA-256 of the suite file.</param>
/// <param name="Criteria">The pass criteria.</param>
/// <param name="Scenarios">Scenarios in the suite.</param>
/// <param name="Passed">Scenarios that passed.</param>
/// <param name="PassRate">Passed / scenarios run.</param>
/// <param name="RevealedTurns">Tutor replies that revealed the answer too early.</param>
/// <param name="RatedTurns">Tutor replies to learner turns.</param>
/// <param name="AnswerRevealRate">Revealed / rated turns.</param>
/// <param name="MeetsCriteria">True when the suite's pass criteria are met.</param>
/// <param name="HelpWithoutEffort">Help obtained without effort by the suite's help-seeking learners (null in reports written before it existed).</param>
public sealed record SuiteSummary(
    string Id, string Version, string Hash, PassCriteria Criteria, int Scenarios, int Passed, double PassRate,
    int RevealedTurns, int RatedTurns, double AnswerRevealRate, bool MeetsCriteria, HelpSummary? HelpWithoutEffort = null)
{
    /// <summary>Replies the independent detector found revealing too early.</summary>
    public int IndependentRevealedTurns { get; init; }

    /// <summary>Replies the judge found revealing too early, or null when no judge ran.</summary>
    public int? JudgeRevealedTurns { get; init; }

    /// <summary>Replies any detector found revealing: what <see cref="MeetsCriteria"/> is held to.</summary>
    public int AnyRevealedTurns { get; init; }

    /// <summary>Independent detector reveals / rated turns.</summary>
    public double IndependentRevealRate => RatedTurns == 0 ? 0 : (double)IndependentRevealedTurns / RatedTurns;

    /// <summary>Judge reveals / rated turns, or null.</summary>
    public double? JudgeRevealRate => JudgeRevealedTurns is { } j ? (RatedTurns == 0 ? 0 : (double)j / RatedTurns) : null;

    /// <summary>Reveals by any detector / rated turns; the suite's <see cref="PassCriteria.MaxAnswerRevealRate"/> applies to this rate.</summary>
    public double AnyRevealRate => RatedTurns == 0 ? 0 : (double)AnyRevealedTurns / RatedTurns;
}

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
