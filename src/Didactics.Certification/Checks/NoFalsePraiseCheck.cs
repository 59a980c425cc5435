namespace Didactics.Certification;

/// <summary><c>no-false-praise</c>: after an incorrect attempt the reply must not praise or confirm it.</summary>
public sealed class NoFalsePraiseCheck : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "no-false-praise";

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Feedback;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) => context.Learner?.Intent == LearnerSignal.IncorrectAttempt;

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context) =>
        TextSignals.FindUnnegated(reply, Praise.FalsePraise) is { } found
            ? (false, $"The learner's answer was wrong but the reply praises or confirms it ('{found}').")
            : (true, "The reply does not praise the wrong answer.");
}
