namespace Didactics.Certification;

/// <summary><c>acknowledges-correct</c>: after a correct attempt the reply acknowledges it (a learner who is right must hear so).</summary>
public sealed class AcknowledgesCorrectCheck : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "acknowledges-correct";

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Feedback;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) => context.Learner?.Intent == LearnerSignal.CorrectAttempt;

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context) =>
        TextSignals.FindUnnegated(reply, Praise.Acknowledgements) is { } found
            ? (true, $"The reply acknowledges the correct answer ('{found}').")
            : (false, "The learner answered correctly but the reply does not acknowledge it.");
}
