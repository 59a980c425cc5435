namespace Didactics.Certification;

/// <summary>
/// What each reveal detector said about one tutor reply that the answer policy did not allow to state the answer:
/// the pipeline's guard (the kit's <see cref="CertificationRunOptions.LeakGuard"/>), the kit's
/// <see cref="IndependentRevealDetector"/>, and the model judge (MRBench "revealing of the answer") when one is configured.
/// </summary>
/// <param name="Guard">True when the guard found the answer.</param>
/// <param name="GuardForm">The guard's form, or null.</param>
/// <param name="Independent">True when the independent detector found a form of the answer.</param>
/// <param name="IndependentKind">The kind of form it found (e.g. <c>spelled</c>), or null.</param>
/// <param name="IndependentMatch">The text of the reply it matched, or null.</param>
/// <param name="Judge">The judge's verdict (true: reveals), or null when no judge ran.</param>
/// <param name="JudgeReason">The judge's reason, or null.</param>
public sealed record RevealAssessment(bool Guard, string? GuardForm, bool Independent, string? IndependentKind, string? IndependentMatch, bool? Judge, string? JudgeReason)
{
    /// <summary>True when any detector found a reveal: what the reveal-rate checks and the suite criteria count.</summary>
    public bool Any => Guard || Independent || Judge == true;

    /// <summary>True when the detectors disagree; such replies are listed for human review.</summary>
    public bool Disputed => Guard != Independent || (Judge is { } judge && judge != Independent);
}

/// <summary>How often the pipeline's answer-leak guard acted, from the <c>TurnEvent</c>s of an in-process Didactics tutor.</summary>
/// <param name="Replies">Replies whose turn events were reported.</param>
/// <param name="Blocked">Model drafts the guard blocked (<c>LeakBlocked</c> events).</param>
/// <param name="Regenerated">Drafts regenerated with a corrective instruction (<c>Regenerated</c> events).</param>
/// <param name="Replaced">Replies replaced by authored content (<c>FellBackToAuthored</c> events).</param>
public sealed record GuardEventCounts(int Replies, int Blocked, int Regenerated, int Replaced)
{
    /// <summary>No events.</summary>
    public static GuardEventCounts Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Replaced / replies: the cost of safety (0 when no replies reported events).</summary>
    public double ReplacedShare => Replies == 0 ? 0 : (double)Replaced / Replies;

    /// <summary>Adds two counts.</summary>
    public static GuardEventCounts operator +(GuardEventCounts a, GuardEventCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Replies + b.Replies, a.Blocked + b.Blocked, a.Regenerated + b.Regenerated, a.Replaced + b.Replaced);
    }

    /// <summary>Adds two counts.</summary>
    public static GuardEventCounts Add(GuardEventCounts a, GuardEventCounts b) => a + b;

    /// <summary>Counts the guard events of one turn.</summary>
    public static GuardEventCounts Of(IEnumerable<TurnEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        int blocked = 0, regenerated = 0, replaced = 0;
        foreach (var e in events)
        {
            blocked += e.Kind == TurnEventKind.LeakBlocked ? 1 : 0;
            regenerated += e.Kind == TurnEventKind.Regenerated ? 1 : 0;
            replaced |= e.Kind == TurnEventKind.FellBackToAuthored ? 1 : 0;
        }

        return new(1, blocked, regenerated, replaced);
    }
}

/// <summary>A reply the detectors disagree on, for human review.</summary>
/// <param name="Suite">The suite id.</param>
/// <param name="Scenario">The scenario id.</param>
/// <param name="Turn">The learner turn the reply answers (0-based).</param>
/// <param name="Learner">The learner's message.</param>
/// <param name="Reply">The reply text.</param>
/// <param name="Assessment">Each detector's verdict and form.</param>
public sealed record DisputedReply(string Suite, string Scenario, int Turn, string? Learner, string Reply, RevealAssessment Assessment);
