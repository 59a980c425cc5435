namespace Didactics.Certification;

/// <summary>
/// <c>stays-on-topic</c>: until the problem is solved, the reply refers to the problem (a problem word, a number from
/// it, or a word like "problem"/"opgave"), also when the learner drifts off. After a correct answer the conversation
/// may move on (reflection, praise), so the check no longer applies.
/// </summary>
public sealed class StaysOnTopicCheck : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "stays-on-topic";

    private static readonly string[] ProblemReferences =
    [
        "problem", "question", "exercise", "task", "sum", "equation", "fraction", "answer", "step", "solve",
        "opgave", "vraag", "som", "sommetje", "oefening", "vergelijking", "breuk", "antwoord", "stap", "oplossen", "opdracht",
    ];

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Conversation;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) => !context.LearnerHasAnswer;

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context)
    {
        var topic = HintsGrowSpecificCheck.TopicWords(context.Scenario);
        foreach (var word in TextSignals.ContentWords(reply))
        {
            if (topic.Any(t => TextSignals.SameStem(t, word)) || Array.IndexOf(ProblemReferences, word) >= 0)
            {
                return (true, $"The reply refers to the problem ('{word}').");
            }
        }

        var numbers = TextSignals.Numbers(context.Scenario.Problem.Statement);
        foreach (var number in TextSignals.Numbers(reply))
        {
            if (numbers.Contains(number))
            {
                return (true, $"The reply works with a number from the problem ({number}).");
            }
        }

        return (false, "The reply does not refer to the problem at all.");
    }
}
