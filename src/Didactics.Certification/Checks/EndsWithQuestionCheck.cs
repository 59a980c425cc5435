namespace Didactics.Certification;

/// <summary><c>ends-with-question</c>: while the problem is unsolved (or always, with <c>when: always</c>), the reply ends with a question that keeps the learner thinking.</summary>
public sealed class EndsWithQuestionCheck(bool always = false) : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "ends-with-question";

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Guidance;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) => always || !context.LearnerHasAnswer;

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context) =>
        TextSignals.EndsWithQuestion(reply)
            ? (true, "The reply ends with a question.")
            : (false, "The reply does not end with a question, so the learner is not prompted to think on.");
}
