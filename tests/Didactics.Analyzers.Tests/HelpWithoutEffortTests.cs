using Didactics.CodeFixes;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

/// <summary>DID0014: a hint ladder that turns other than attempts can climb to its last rung, on classes and strategy files.</summary>
public sealed class HelpWithoutEffortTests
{
    private const string Ungated = """
        using Didactics;

        [Strategy("ladder")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [{|#0:Phase("Hint", PhaseMove.Hint, Content = new[] { "Hint: {{ Hint }}" })|}]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("*", LearnerSignal.DontKnow, "Hint")]
        [Transition("*", LearnerSignal.IncorrectAttempt, "Hint")]
        [Transition("*", LearnerSignal.AnswerRequest, "Hint")]
        [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
        [AnswerPolicy(Disclosure.Never)]
        public partial class Ladder { }
        """;

    [Fact]
    public Task A_hint_phase_that_dont_know_re_enters_is_reported_with_its_cycle()
    {
        var test = new AnalyzerTest<HelpWithoutEffortAnalyzer>(Ungated);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.HelpWithoutEffort).WithLocation(0)
            .WithMessage("Strategy 'ladder' lets a learner climb the hint ladder of phase 'Hint' to its last rung without any attempt, by repeating DontKnow in 'Hint' turns; declare [EffortGate] so each next rung needs the learner's own effort"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_cycle_through_another_phase_is_reported_and_named()
    {
        // Asking moves to Redirect, "I don't know" back to the hint: two kinds of non-attempt turns climb together.
        var test = new AnalyzerTest<HelpWithoutEffortAnalyzer>("""
            using Didactics;

            [Strategy("round-trip")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [{|#0:Phase("Hint", PhaseMove.Hint)|}]
            [Phase("Redirect", PhaseMove.Redirect)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.DontKnow, "Hint")]
            [Transition("Hint", LearnerSignal.AnswerRequest, "Redirect")]
            [Transition("Hint", LearnerSignal.DontKnow, "Redirect")]
            [Transition("Hint", LearnerSignal.InjectionAttempt, "Redirect")]
            [Transition("Hint", LearnerSignal.AuthorityPressure, "Redirect")]
            [Transition("Hint", LearnerSignal.OffTopic, "Redirect")]
            [Transition("Hint", LearnerSignal.Unclassified, "Redirect")]
            [Transition("Redirect", LearnerSignal.DontKnow, "Hint")]
            [Transition("*", LearnerSignal.IncorrectAttempt, "Ask")]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            [AnswerPolicy(Disclosure.Never)]
            public partial class RoundTrip { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.HelpWithoutEffort).WithLocation(0)
            .WithArguments("round-trip", "Hint", "DontKnow in 'Hint', then DontKnow in 'Redirect' turns"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_declared_effort_gate_satisfies_the_rule() => new AnalyzerTest<HelpWithoutEffortAnalyzer>(
        Ungated.Replace("{|#0:", "", StringComparison.Ordinal).Replace(")|}]", ")]", StringComparison.Ordinal)
            .Replace("[AnswerPolicy(Disclosure.Never)]", "[AnswerPolicy(Disclosure.Never)]\n[EffortGate(MinAttempts = 2)]", StringComparison.Ordinal)).RunAsync();

    [Fact]
    public Task A_hint_phase_only_attempts_lead_back_to_is_not_reported() => new AnalyzerTest<HelpWithoutEffortAnalyzer>("""
        using Didactics;

        [Strategy("attempt-first")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Hint", PhaseMove.Hint)]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("Ask", LearnerSignal.IncorrectAttempt, "Hint")]
        [Transition("Hint", LearnerSignal.DontKnow, "Ask")]
        [Transition("Hint", LearnerSignal.AnswerRequest, "Ask")]
        [Transition("Hint", LearnerSignal.InjectionAttempt, "Ask")]
        [Transition("Hint", LearnerSignal.AuthorityPressure, "Ask")]
        [Transition("Hint", LearnerSignal.OffTopic, "Ask")]
        [Transition("Hint", LearnerSignal.Unclassified, "Ask")]
        [Transition("Hint", LearnerSignal.IncorrectAttempt, "Hint")]
        [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
        [AnswerPolicy(Disclosure.Never)]
        public partial class AttemptFirst { }
        """).RunAsync();

    [Fact]
    public Task An_unreachable_hint_phase_is_left_to_DID0008() => new AnalyzerTest<HelpWithoutEffortAnalyzer>("""
        using Didactics;

        [Strategy("no-way-in")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Hint", PhaseMove.Hint)]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("Hint", LearnerSignal.DontKnow, "Hint")]
        [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
        [AnswerPolicy(Disclosure.Never)]
        public partial class NoWayIn { }
        """).RunAsync();

    [Fact]
    public Task The_code_fix_adds_the_gate_after_the_answer_policy() => new FixTest<HelpWithoutEffortAnalyzer, EffortGateCodeFixProvider>(
        Ungated,
        Ungated.Replace("{|#0:", "", StringComparison.Ordinal).Replace(")|}]", ")]", StringComparison.Ordinal)
            .Replace("[AnswerPolicy(Disclosure.Never)]", "[AnswerPolicy(Disclosure.Never)]\n[EffortGate(MinAttempts = 1)]", StringComparison.Ordinal))
    {
        ExpectedDiagnostics = { new DiagnosticResult(DiagnosticDescriptors.HelpWithoutEffort).WithLocation(0).WithArguments("ladder", "Hint", "DontKnow in 'Hint' turns") },
    }.RunAsync();

    [Fact]
    public async Task A_strategy_file_is_reported_at_the_hint_phase_entry_and_effort_gate_satisfies_it()
    {
        const string path = "/strategies/ladder.strategy.sbn";
        const string file = """
            +++
            name = "ladder-file"
            answer_policy = { disclosure: "Never" }
            phases = [
              { name: "Ask", move: "Elicit", start: true },
              { name: "Hint", move: "Hint" },
              { name: "Done", move: "Consolidate", terminal: true },
            ]
            transitions = [
              { from: "*", on: "DontKnow", to: "Hint" },
              { from: "*", on: "IncorrectAttempt", to: "Hint" },
              { from: "*", on: "AnswerRequest", to: "Hint" },
              { from: "*", on: "CorrectAttempt", to: "Done" },
            ]
            +++
            === Ask ===
            Ask how the learner would start on {{ Problem }}.
            """;
        await new StrategyFileTest((path, file))
        {
            ExpectedDiagnostics =
            {
                StrategyFileTests.Expect(DiagnosticDescriptors.HelpWithoutEffort, path, 6, 3, 6, 33).WithArguments("ladder-file", "Hint", "DontKnow in 'Hint' turns"),
            },
        }.RunAsync();

        var gated = file.Replace("answer_policy = { disclosure: \"Never\" }", "answer_policy = { disclosure: \"Never\" }\neffort_gate = { min_attempts: 1 }", StringComparison.Ordinal);
        await new StrategyFileTest((path, gated)).RunAsync();
    }

    [Fact]
    public async Task Removing_the_gate_from_the_sample_strategy_file_brings_the_rule_back()
    {
        var text = StrategyFileTests.RetrievalPracticeVariant("retrieval-ungated", "answer_policy = { disclosure: \"AfterAttempts\", min_attempts: 2 }")
            .Replace("effort_gate = { min_attempts: 1 }\n", "", StringComparison.Ordinal);
        var hintLine = Array.FindIndex(text.Split('\n'), l => l.Contains("{ name: \"Hint\", move: \"Hint\" }", StringComparison.Ordinal)) + 1;
        await new StrategyFileTest(("/samples/retrieval-ungated.strategy.sbn", text))
        {
            ExpectedDiagnostics =
            {
                StrategyFileTests.Expect(DiagnosticDescriptors.HelpWithoutEffort, "/samples/retrieval-ungated.strategy.sbn", hintLine, 3, hintLine, 33)
                    .WithArguments("retrieval-ungated", "Hint", "DontKnow in 'Hint' turns"),
            },
        }.RunAsync();
    }
}
