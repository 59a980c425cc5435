using Didactics.CodeFixes;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

public sealed class StrategyGraphTests
{
    private static AnalyzerTest<StrategyGraphAnalyzer> Test(string source) => new(source);

    [Fact]
    public Task DID0007_NoAnswerRequestTransition_ReportedOnClass()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("Done", LearnerSignal.AnswerRequest, "Ask")]
            public partial class {|#0:Quiz|} { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoAnswerRequestTransition).WithLocation(0)
            .WithMessage("Strategy 'quiz' declares no transition on LearnerSignal.AnswerRequest, so the tutor ignores \"just tell me\" instead of responding didactically; add [Transition(\"*\", LearnerSignal.AnswerRequest, ...)]"));
        return test.RunAsync();
    }

    /// <summary>Only a phase no session enters handles "just tell me": the tutor still ignores it everywhere it can be.</summary>
    [Fact]
    public Task DID0007_AnswerRequestHandledOnlyInAnUnreachablePhase_IsReported()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [{|#1:Phase("Orphan", PhaseMove.Probe)|}]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("Orphan", LearnerSignal.AnswerRequest, "Ask")]
            public partial class {|#0:Quiz|} { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnreachablePhase).WithLocation(1).WithArguments("Orphan", "quiz", "Ask"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoAnswerRequestTransition).WithLocation(0).WithArguments("quiz"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("*")]
    [InlineData("Ask")]
    public Task DID0007_NotReported_WhenANonTerminalPhaseHandlesAnswerRequests(string from) => Test($$"""
        using Didactics;

        [Strategy("quiz")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
        [Transition("{{from}}", LearnerSignal.AnswerRequest, "Ask")]
        public partial class Quiz { }
        """).RunAsync();

    [Fact]
    public Task DID0007_Fix_AddsWildcardTransitionToRedirectPhase() => new FixTest<StrategyGraphAnalyzer, StrategyGraphCodeFixProvider>(
        """
        using Didactics;

        namespace Demo
        {
            [Strategy("quiz")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Help", PhaseMove.Hint)]
            [Phase("Back", PhaseMove.Redirect)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("Ask", LearnerSignal.DontKnow, "Help")]
            [Transition("Help", LearnerSignal.OffTopic, "Back")]
            public partial class {|DID0007:Quiz|} { }
        }
        """,
        """
        using Didactics;

        namespace Demo
        {
            [Strategy("quiz")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Help", PhaseMove.Hint)]
            [Phase("Back", PhaseMove.Redirect)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("Ask", LearnerSignal.DontKnow, "Help")]
            [Transition("Help", LearnerSignal.OffTopic, "Back")]
            [Transition("*", LearnerSignal.AnswerRequest, "Back")]
            public partial class Quiz { }
        }
        """,
        StrategyGraphCodeFixProvider.AddAnswerRequestKey).RunAsync();

    [Fact]
    public Task DID0007_FixAll_UsesHintThenStartPhase_AndQualifiesWithoutUsing()
    {
        var test = new FixTest<StrategyGraphAnalyzer, StrategyGraphCodeFixProvider>(
            """
            [Didactics.Strategy("a")]
            [Didactics.Phase("Ask", Didactics.PhaseMove.Elicit, Start = true)]
            [Didactics.Phase("Help", Didactics.PhaseMove.Hint)]
            [Didactics.Phase("Done", Didactics.PhaseMove.Consolidate, Terminal = true)]
            [Didactics.Transition("Ask", Didactics.LearnerSignal.DontKnow, "Help")]
            [Didactics.Transition("*", Didactics.LearnerSignal.CorrectAttempt, "Done")]
            public partial class {|DID0007:A|} { }

            [Didactics.Strategy("b")]
            [Didactics.Phase("Ask", Didactics.PhaseMove.Elicit, Start = true)]
            [Didactics.Phase("Done", Didactics.PhaseMove.Consolidate, Terminal = true)]
            [Didactics.Transition("*", Didactics.LearnerSignal.CorrectAttempt, "Done")]
            public partial class {|DID0007:B|} { }
            """,
            """
            [Didactics.Strategy("a")]
            [Didactics.Phase("Ask", Didactics.PhaseMove.Elicit, Start = true)]
            [Didactics.Phase("Help", Didactics.PhaseMove.Hint)]
            [Didactics.Phase("Done", Didactics.PhaseMove.Consolidate, Terminal = true)]
            [Didactics.Transition("Ask", Didactics.LearnerSignal.DontKnow, "Help")]
            [Didactics.Transition("*", Didactics.LearnerSignal.CorrectAttempt, "Done")]
            [Didactics.Transition("*", Didactics.LearnerSignal.AnswerRequest, "Help")]
            public partial class A { }

            [Didactics.Strategy("b")]
            [Didactics.Phase("Ask", Didactics.PhaseMove.Elicit, Start = true)]
            [Didactics.Phase("Done", Didactics.PhaseMove.Consolidate, Terminal = true)]
            [Didactics.Transition("*", Didactics.LearnerSignal.CorrectAttempt, "Done")]
            [Didactics.Transition("*", Didactics.LearnerSignal.AnswerRequest, "Ask")]
            public partial class B { }
            """,
            StrategyGraphCodeFixProvider.AddAnswerRequestKey);
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task DID0008_UnreachablePhase_ReportedOnPhaseAttribute()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [{|#0:Phase("Orphan", PhaseMove.Example)|}]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
            [Transition("Orphan", LearnerSignal.DontKnow, "Ask")]
            [Transition("Done", LearnerSignal.DontKnow, "Orphan")]
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnreachablePhase).WithLocation(0)
            .WithMessage("Phase 'Orphan' of strategy 'quiz' cannot be reached from start phase 'Ask'"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0008_WildcardEdgesMakePhasesReachable_ButNotFromTerminalPhases() => Test("""
        using Didactics;

        [Strategy("quiz")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Help", PhaseMove.Hint)]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("*", LearnerSignal.DontKnow, "Help")]
        [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
        [Transition("*", LearnerSignal.AnswerRequest, "Help")]
        public partial class Quiz { }
        """).RunAsync();

    [Fact]
    public Task DID0009_NonTerminalPhaseWithoutExit_SelfLoopsDoNotCount()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [{|#0:Phase("Stuck", PhaseMove.Probe)|}]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("Ask", LearnerSignal.IncorrectAttempt, "Stuck")]
            [Transition("Ask", LearnerSignal.AnswerRequest, "Ask")]
            [Transition("Stuck", LearnerSignal.IncorrectAttempt, "Stuck")]
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.PhaseWithoutExit).WithLocation(0)
            .WithMessage("Phase 'Stuck' of strategy 'quiz' is not terminal but no transition leads out of it; the learner gets stuck there"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0010_NoTerminalPhase_ReportedOnClass()
    {
        var test = Test("""
            using Didactics;

            [Strategy("loop")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Check", PhaseMove.Feedback)]
            [Transition("Ask", LearnerSignal.IncorrectAttempt, "Check")]
            [Transition("Check", LearnerSignal.IncorrectAttempt, "Ask")]
            [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
            public partial class {|#0:Loop|} { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoTerminalPhase).WithLocation(0)
            .WithMessage("Strategy 'loop' has no phase with Terminal = true, so a session never ends; mark the phase that closes the session as terminal"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0010_Fix_MarksLastPhaseTerminal_AddingOrReplacingTheArgument()
    {
        var test = new FixTest<StrategyGraphAnalyzer, StrategyGraphCodeFixProvider>(
            """
            using Didactics;

            [Strategy("a")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Done", PhaseMove.Consolidate)]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
            public partial class {|DID0010:A|} { }

            [Strategy("b")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = false, Template = "Well done.")]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
            public partial class {|DID0010:B|} { }
            """,
            """
            using Didactics;

            [Strategy("a")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
            public partial class A { }

            [Strategy("b")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true, Template = "Well done.")]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
            public partial class B { }
            """,
            StrategyGraphCodeFixProvider.MarkTerminalKey);
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task DID0003_RevealWithoutAttempt_MessageNamesThePath()
    {
        var test = Test("""
            using Didactics;

            [Strategy("leaky")]
            [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 2)]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Help", PhaseMove.Hint)]
            [{|#0:Phase("Tell", PhaseMove.Reveal, Terminal = true)|}]
            [Transition("Ask", LearnerSignal.DontKnow, "Help")]
            [Transition("Help", LearnerSignal.AnswerRequest, "Tell")]
            [Transition("*", LearnerSignal.AnswerRequest, "Help")]
            [Transition("*", LearnerSignal.CorrectAttempt, "Tell")]
            public partial class Leaky { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RevealWithoutAttempt).WithLocation(0)
            .WithMessage("Strategy 'leaky' can reach Reveal phase 'Tell' without any learner attempt: Ask → Help → Tell (on DontKnow, AnswerRequest); route the reveal through a transition on CorrectAttempt or IncorrectAttempt"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0003_StartPhaseThatReveals_IsReported()
    {
        var test = Test("""
            using Didactics;

            [Strategy("oracle")]
            [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 1)]
            [{|#0:Phase("Tell", PhaseMove.Reveal, Start = true, Terminal = true)|}]
            [Transition("*", LearnerSignal.AnswerRequest, "Tell")]
            public partial class Oracle { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RevealWithoutAttempt).WithLocation(0)
            .WithArguments("oracle", "Tell", "Tell (the start phase itself)"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("[AnswerPolicy(Disclosure.Never)]")]
    [InlineData("")]
    public Task DID0003_NotReported_WhenThePolicyNeverDiscloses(string policy) => Test($$"""
        using Didactics;

        [Strategy("quiz")]
        {{policy}}
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Tell", PhaseMove.Reveal, Terminal = true)]
        [Transition("*", LearnerSignal.AnswerRequest, "Tell")]
        public partial class Quiz { }
        """).RunAsync();

    [Fact]
    public Task DID0003_SpecificTransitionOverridesWildcard() => Test("""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 2)]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Feedback", PhaseMove.Feedback)]
        [Phase("Tell", PhaseMove.Reveal, Terminal = true)]
        [Transition("Ask", LearnerSignal.AnswerRequest, "Ask")]
        [Transition("Ask", LearnerSignal.IncorrectAttempt, "Feedback")]
        [Transition("*", LearnerSignal.AnswerRequest, "Tell")]
        [Transition("Feedback", LearnerSignal.IncorrectAttempt, "Feedback")]
        public partial class Quiz { }
        """).RunAsync();

    [Fact]
    public Task GraphRules_StaySilent_WhenStartPhaseIsAmbiguous() => Test("""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 2)]
        [Phase("A", PhaseMove.Reveal, Start = true, Terminal = true)]
        [Phase("B", PhaseMove.Elicit, Start = true, Terminal = true)]
        [Phase("C", PhaseMove.Elicit, Terminal = true)]
        [Transition("*", LearnerSignal.AnswerRequest, "A")]
        public partial class Quiz { }
        """).RunAsync();
}
