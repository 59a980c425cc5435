namespace Didactics.Certification;

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
