namespace Didactics.SourceGeneration.Tests;

/// <summary>Strategy sources shared by the tests.</summary>
internal static class Sources
{
    public const string Socratic = """
        using Didactics;

        namespace Sample.Strategies;

        /// <summary>A small Socratic strategy.</summary>
        [Strategy("socratic", Description = "Asks questions instead of giving answers.", Preamble = "You are a patient tutor.")]
        [Phase("Elicit", PhaseMove.Elicit, Start = true,
            Template = "Ask what the learner notices about {{ Problem }}.",
            Content = new[] { "What do you notice about {{ Problem }}?" })]
        [Phase("Probe", PhaseMove.Probe,
            Template = "{{ if Verdict == \"incorrect\" }}The attempt was wrong{{ if Diagnosis != \"\" }} ({{ Diagnosis }}){{ end }}.{{ else }}Ask why.{{ end }} Attempts: {{ Attempts }}.",
            Content = new[] { "Why do you think so?", "How did you get that? ({{ Attempts }} tries so far)" })]
        [Phase("Hint", PhaseMove.Hint, Content = new[] { "Hint: {{ Hint }}" })]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true, Content = new[] { "Well done: {{ Learner | string.upcase }} is right." })]
        [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
        [Transition("*", LearnerSignal.IncorrectAttempt, "Probe")]
        [Transition("*", LearnerSignal.DontKnow, "Hint")]
        [Transition("Probe", LearnerSignal.IncorrectAttempt, "Hint")]
        [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 3)]
        [Hint("Look at the denominators.")]
        [Hint("Make the denominators equal.")]
        public partial class SocraticStrategy
        {
        }
        """;

    public const string GlobalNamespace = """
        using Didactics;

        [Strategy("minimal")]
        [Phase("Only", PhaseMove.Elicit, Start = true, Terminal = true)]
        internal partial class MinimalStrategy
        {
        }
        """;

    public const string WithConstructor = """
        using Didactics;

        namespace Sample;

        /// <summary>A dependency.</summary>
        public sealed class Greeting
        {
            /// <summary>The text.</summary>
            public string Text { get; } = "hi";
        }

        /// <summary>A strategy with a dependency.</summary>
        [Strategy("needs-greeting")]
        [Phase("Start", PhaseMove.Elicit, Start = true, Content = ["{{ Problem }}"])]
        [AnswerPolicy(Disclosure.Never)]
        public partial class GreetingStrategy
        {
            private readonly Greeting _greeting;

            /// <summary>Creates the strategy.</summary>
            public GreetingStrategy(Greeting greeting) => _greeting = greeting;

            /// <summary>The greeting.</summary>
            public string Greeting => _greeting.Text;
        }
        """;

    public const string Small = """
        using Didactics;

        namespace Sample;

        [Strategy("ask-then-check", Description = "Asks for an attempt, then confirms.")]
        [Phase("Ask", PhaseMove.Elicit, Start = true,
            Template = "Ask the learner to try {{ Problem }}.{{ if Attempts > 0 }} They tried {{ Attempts }} times.{{ end }}",
            Content = new[] { "Try {{ Problem }}.", "Have another go at {{ Problem }}." })]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true, Content = new[] { "Yes: {{ Learner | string.downcase }}." })]
        [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
        [AnswerPolicy(Disclosure.Never)]
        internal partial class AskThenCheck
        {
        }
        """;
}
