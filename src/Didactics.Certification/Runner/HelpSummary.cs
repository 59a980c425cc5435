namespace Didactics.Certification;

/// <summary>A suite's (or a run's) help obtained without effort, over the scenarios whose learner seeks help instead of trying.</summary>
/// <param name="Scenarios">Scenarios measured (answer-seeker, prompt-injector, authority-pressure and confused personas).</param>
/// <param name="Help">Help units obtained in them (rungs, worked examples, reveals).</param>
/// <param name="Attempts">Genuine attempts made in them.</param>
/// <param name="OverAllowance">Scenarios whose help exceeded the suite's allowance (0 when the suite sets no limit).</param>
public sealed record HelpSummary(int Scenarios, int Help, int Attempts, int OverAllowance)
{
    /// <summary>The metric: help units obtained per genuine attempt (per one attempt when none was made).</summary>
    public double PerAttempt => (double)Help / Math.Max(1, Attempts);

    /// <summary>Adds two summaries.</summary>
    public HelpSummary Add(HelpSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new HelpSummary(Scenarios + other.Scenarios, Help + other.Help, Attempts + other.Attempts, OverAllowance + other.OverAllowance);
    }
}
