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

/// <summary>The Bayesian Knowledge Tracing update.</summary>
public static class KnowledgeTracing
{
    /// <summary>
    /// Updates p(known) after one observed answer: first the posterior given the evidence,
    /// <c>p(L|correct) = p(L)(1−S) / (p(L)(1−S) + (1−p(L))G)</c> or <c>p(L|wrong) = p(L)S / (p(L)S + (1−p(L))(1−G))</c>,
    /// then the chance of learning at this opportunity, <c>p(L') = p(L|obs) + (1 − p(L|obs))T</c>.
    /// </summary>
    /// <param name="pKnown">p(known) before the answer.</param>
    /// <param name="correct">Whether the answer was correct.</param>
    /// <param name="parameters">The skill's parameters.</param>
    public static double Update(double pKnown, bool correct, BktParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (t, s, g) = (parameters.PTransit, parameters.PSlip, parameters.PGuess);
        var evidence = correct
            ? pKnown * (1 - s) / (pKnown * (1 - s) + (1 - pKnown) * g)
            : pKnown * s / (pKnown * s + (1 - pKnown) * (1 - g));
        if (double.IsNaN(evidence))
        {
            evidence = pKnown; // 0/0 only with degenerate parameters (e.g. p(L) = 0 and p(G) = 0): no information.
        }

        return Math.Clamp(evidence + (1 - evidence) * t, 0, 1);
    }
}

/// <summary>The learner model's estimate for one skill.</summary>
/// <param name="PKnown">p(known) after the observed attempts.</param>
/// <param name="Attempts">Genuine attempts observed for the skill.</param>
/// <param name="Correct">How many of them were correct.</param>
public sealed record SkillMastery(double PKnown, int Attempts, int Correct)
{
    /// <summary>True when <see cref="PKnown"/> reaches <paramref name="threshold"/> (0.95 by default, the mastery criterion of knowledge tracing).</summary>
    public bool IsMastered(double threshold = LearnerModelOptions.DefaultMasteryThreshold) => PKnown >= threshold;
}
