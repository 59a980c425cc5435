namespace Didactics.Certification;

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
