namespace Didactics.Certification;

/// <summary>
/// <c>no-answer-leak</c>: the reply must not state the final answer before the learner made <c>attempts</c> genuine
/// attempts (default: the scenario's answer policy decides), unless the learner already stated it. A reveal found by
/// either the runtime's <see cref="IAnswerLeakGuard"/> or the kit's own <see cref="IndependentRevealDetector"/> fails
/// the check, so the kit does not share the guard's blind spots.
/// </summary>
public sealed class NoAnswerLeakCheck(IAnswerLeakGuard guard, int? minAttempts = null, IndependentRevealDetector? detector = null) : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "no-answer-leak";

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.AnswerWithholding;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) => true;

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsReveal(reply, guard, minAttempts))
        {
            var scan = guard.Scan(context.Scenario.Problem, reply, context.LearnerHistory());
            return (false, $"The reply states the answer ('{scan.Form}') after {context.Attempts} attempt(s); the policy does not allow it yet.");
        }

        var finding = context.IndependentReveal(reply, detector, minAttempts);
        return finding.Revealed
            ? (false, $"The reply states the answer ({finding.Kind} '{finding.Matched}', found by the kit's independent detector) after {context.Attempts} attempt(s); the policy does not allow it yet.")
            : (true, "The reply does not state the answer.");
    }
}
