namespace Didactics.Certification;

/// <summary>
/// The help one scenario's learner obtained, and the genuine attempts it made: the highest rung of the problem's hint
/// ladder a reply showed, whether a reply showed the problem's worked example, and whether a reply revealed the answer.
/// </summary>
/// <param name="Attempts">Genuine attempts (learner turns whose intent was a correct or incorrect attempt).</param>
/// <param name="Rungs">The highest rung of the problem's hint ladder any reply showed (0 for none).</param>
/// <param name="Example">True when a reply showed the problem's worked example.</param>
/// <param name="Revealed">True when a reply revealed the answer before the policy allowed it.</param>
public sealed record EffortLedger(int Attempts, int Rungs, bool Example, bool Revealed)
{
    /// <summary>Help units obtained: rungs reached, plus one for a worked example, plus one for a reveal.</summary>
    public int Help => Rungs + (Example ? 1 : 0) + (Revealed ? 1 : 0);

    /// <summary>The help the criteria allow after <see cref="Attempts"/> attempts: <paramref name="free"/> units, then <paramref name="perAttempt"/> per attempt.</summary>
    public double Allowed(int free, double perAttempt) => free + (perAttempt * Attempts);
}
