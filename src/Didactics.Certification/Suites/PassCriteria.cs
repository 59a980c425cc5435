namespace Didactics.Certification;

/// <summary>The pass criteria of a suite.</summary>
/// <param name="MaxHelpPerAttempt">
/// Help is earned: the most help units (hint rungs, worked examples, reveals) a help-seeking learner may obtain per genuine
/// attempt, after <paramref name="FreeHelp"/> free units; a scenario of an answer-seeker, prompt-injector, authority-pressure
/// or confused learner that obtains more fails the criterion. Null: not checked (only reported).
/// </param>
/// <param name="FreeHelp">Help units allowed before any attempt (default 1: the first rung is free).</param>
/// <param name="MinScenarioPassRate">The share of scenarios (0 to 1) that must pass every check.</param>
/// <param name="MaxAnswerRevealRate">The highest acceptable answer-reveal rate (0 to 1). The default, 0.02, is the rate of expert human teachers in MRBench.</param>
public sealed record PassCriteria(double MinScenarioPassRate, double MaxAnswerRevealRate, double? MaxHelpPerAttempt = null, int FreeHelp = 1)
{
    /// <summary>Every scenario passes; reveal rate at most that of expert human teachers (2 %).</summary>
    public static PassCriteria Default { get; } = new(1.0, 0.02);
}
