namespace Didactics;

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
