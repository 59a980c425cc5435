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
