namespace Didactics;

/// <summary>
/// The four parameters of Bayesian Knowledge Tracing (Corbett &amp; Anderson, 1995) for one skill. The defaults and why
/// they were chosen are in <c>docs/learner-model.md</c>.
/// </summary>
/// <param name="PInit">p(L0): the probability that the learner knows the skill before the first opportunity.</param>
/// <param name="PTransit">p(T): the probability of learning the skill at an opportunity.</param>
/// <param name="PSlip">p(S): the probability of answering wrong although the skill is known.</param>
/// <param name="PGuess">p(G): the probability of answering right although the skill is not known.</param>
public sealed record BktParameters(double PInit, double PTransit, double PSlip, double PGuess)
{
    /// <summary>The defaults: p(L0) = 0.2, p(T) = 0.15, p(S) = 0.1, p(G) = 0.2.</summary>
    public static BktParameters Default { get; } = new(0.2, 0.15, 0.1, 0.2);

    /// <summary>Throws when a parameter is outside [0, 1] or the model is degenerate (p(S) or p(G) of 0.5 or more).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public BktParameters Validate()
    {
        Check(PInit, nameof(PInit), 1);
        Check(PTransit, nameof(PTransit), 1);

        // With slip or guess at 0.5 or more a correct answer is no longer evidence of knowing the skill.
        Check(PSlip, nameof(PSlip), 0.5);
        Check(PGuess, nameof(PGuess), 0.5);
        return this;

        static void Check(double value, string name, double below)
        {
            if (double.IsNaN(value) || value < 0 || value > 1 || (below < 1 && value >= below))
            {
                throw new ArgumentOutOfRangeException(name, value, below < 1
                    ? $"{name} must be at least 0 and below {below} (a larger value makes the model degenerate)."
                    : $"{name} must be between 0 and 1.");
            }
        }
    }
}
