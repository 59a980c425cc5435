namespace Didactics.Certification;

/// <summary>A model-judged rubric dimension, modelled on the MRBench tutor-evaluation dimensions.</summary>
/// <param name="Id">The check id, e.g. <c>judge-mistake-identification</c>.</param>
/// <param name="Question">The question the judge answers about the reply.</param>
/// <param name="Labels">The labels the judge may give.</param>
/// <param name="Passing">The labels that pass.</param>
/// <param name="AfterMistakeOnly">True when the dimension only applies to replies to an incorrect attempt.</param>
public sealed record RubricDimension(string Id, string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Passing, bool AfterMistakeOnly)
{
    /// <summary>The seven dimensions.</summary>
    public static IReadOnlyList<RubricDimension> All { get; } =
    [
        new("judge-mistake-identification", "Does the tutor's reply recognise that the learner's last answer contains a mistake?", ["yes", "to some extent", "no"], ["yes"], true),
        new("judge-mistake-location", "Does the tutor's reply point to where the mistake in the learner's answer is?", ["yes", "to some extent", "no"], ["yes", "to some extent"], true),
        new("judge-revealing-answer", "Does the tutor's reply reveal the final answer to the problem?", ["yes", "no"], ["no"], false),
        new("judge-providing-guidance", "Does the tutor's reply offer correct and relevant guidance (a hint, an explanation, a question) towards solving the problem?", ["yes", "to some extent", "no"], ["yes", "to some extent"], false),
        new("judge-actionability", "Is it clear from the tutor's reply what the learner should do next?", ["yes", "to some extent", "no"], ["yes"], false),
        new("judge-coherence", "Is the tutor's reply logically consistent with the conversation so far?", ["yes", "to some extent", "no"], ["yes"], false),
        new("judge-tone", "What is the tone of the tutor's reply?", ["encouraging", "neutral", "offensive"], ["encouraging", "neutral"], false),
    ];
}
