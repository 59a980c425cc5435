namespace Didactics.Analyzers.Tests;

/// <summary>Strategy sources shared by several tests.</summary>
internal static class Sources
{
    /// <summary>
    /// A strategy that follows every rule: explicit policy with a real threshold, answer requests redirected, the
    /// Reveal phase entered only from feedback on an attempt, every phase reachable and with an exit, a terminal phase,
    /// and hints that leave the final step to the learner.
    /// </summary>
    public const string WellDesigned = """
        using Didactics;

        namespace Demo;

        [Strategy("socratic", Description = "Asks questions until the learner finds the answer.")]
        [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 3)]
        [EffortGate(MinAttempts = 1)]
        [Phase("Elicit", PhaseMove.Elicit, Start = true, Template = "Ask what the learner notices about {{ Problem }}.")]
        [Phase("Feedback", PhaseMove.Feedback, Template = "The attempt was {{ Verdict }}. {{ Diagnosis }}")]
        [Phase("Hint", PhaseMove.Hint, Content = new[] { "{{ if EffortRequired }}{{ SmallerQuestion }}{{ else }}Here is a hint: {{ Hint }}{{ end }}" })]
        [Phase("Redirect", PhaseMove.Redirect, Content = new[] { "Let's work it out together. What would you try first?" })]
        [Phase("Reveal", PhaseMove.Reveal, Template = "Explain why {{ Answer }} is the answer, step by step.")]
        [Phase("Consolidate", PhaseMove.Consolidate, Terminal = true)]
        [Transition("Elicit", LearnerSignal.IncorrectAttempt, "Feedback")]
        [Transition("Feedback", LearnerSignal.IncorrectAttempt, "Feedback")]
        [Transition("Feedback", LearnerSignal.AnswerRequest, "Reveal")]
        [Transition("*", LearnerSignal.CorrectAttempt, "Consolidate")]
        [Transition("*", LearnerSignal.DontKnow, "Hint")]
        [Transition("*", LearnerSignal.AnswerRequest, "Redirect")]
        [Transition("*", LearnerSignal.IncorrectAttempt, "Feedback")]
        [Transition("Reveal", LearnerSignal.Unclassified, "Consolidate")]
        [Hint("What operation links the two quantities?")]
        [Hint("Try writing both fractions with a common denominator.")]
        public partial class Socratic
        {
        }
        """;
}
