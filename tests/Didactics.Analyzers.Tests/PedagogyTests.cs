using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

public sealed class PedagogyTests
{
    [Fact]
    public Task DID0013_NoFeedbackAfterIncorrectAttempt_IsReported()
    {
        var test = new AnalyzerTest<PedagogyAnalyzer>("""
            using Didactics;

            [Strategy("drill")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
            [Transition("Ask", LearnerSignal.IncorrectAttempt, "Ask")]
            public partial class {|#0:Drill|} { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt).WithLocation(0)
            .WithMessage("Strategy 'drill' has no transition on LearnerSignal.IncorrectAttempt into a Feedback, Hint, Probe or Example phase, so a wrong answer gets no response to the attempt itself"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Feedback")]
    [InlineData("Hint")]
    [InlineData("Probe")]
    [InlineData("Example")]
    public Task DID0013_AnyRespondingMove_Satisfies(string move) => new AnalyzerTest<PedagogyAnalyzer>($$"""
        using Didactics;

        [Strategy("drill")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Respond", PhaseMove.{{move}})]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("*", LearnerSignal.IncorrectAttempt, "Respond")]
        [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
        public partial class Drill { }
        """).RunAsync();

    [Fact]
    public Task DID0013_And_DID0007_SingleTerminalPhase_AreNotReported() => new AllAnalyzersTest("""
        using Didactics;

        [Strategy("one-shot")]
        [AnswerPolicy(Disclosure.Never)]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true)]
        public partial class OneShot { }
        """).RunAsync();

    /// <summary>
    /// The "*" IncorrectAttempt → Feedback transition is shadowed in every phase a session reaches (each has its own
    /// IncorrectAttempt transition that repeats the question); only the stranded phase would use it.
    /// </summary>
    [Fact]
    public Task DID0013_WildcardFeedbackShadowedInEveryReachablePhase_IsReported()
    {
        var test = new AnalyzerTest<PedagogyAnalyzer>("""
            using Didactics;

            [Strategy("shadowed")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Again", PhaseMove.Redirect)]
            [Phase("Feedback", PhaseMove.Feedback)]
            [Phase("Stranded", PhaseMove.Probe)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.IncorrectAttempt, "Again")]
            [Transition("Again", LearnerSignal.IncorrectAttempt, "Ask")]
            [Transition("*", LearnerSignal.IncorrectAttempt, "Feedback")]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            public partial class {|#0:Shadowed|} { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt).WithLocation(0).WithArguments("shadowed"));
        return test.RunAsync();
    }

    /// <summary>Feedback on a wrong attempt only from a phase no session enters responds to nothing.</summary>
    [Fact]
    public Task DID0013_FeedbackOnlyFromAnUnreachablePhase_IsReported()
    {
        var test = new AnalyzerTest<PedagogyAnalyzer>("""
            using Didactics;

            [Strategy("stranded")]
            [Phase("Ask", PhaseMove.Elicit, Start = true)]
            [Phase("Orphan", PhaseMove.Probe)]
            [Phase("Feedback", PhaseMove.Feedback)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("Ask", LearnerSignal.IncorrectAttempt, "Ask")]
            [Transition("Orphan", LearnerSignal.IncorrectAttempt, "Feedback")]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            public partial class {|#0:Stranded|} { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt).WithLocation(0).WithArguments("stranded"));
        return test.RunAsync();
    }

    [Fact]
    public async Task DID0013_ShadowedWildcardInAStrategyFile_IsReported()
    {
        const string path = "/s/shadowed.strategy.sbn";
        const string text = """
            +++
            name = "shadowed-file"
            answer_policy = { disclosure: "Never" }
            phases = [
              { name: "Ask", move: "Elicit", start: true },
              { name: "Feedback", move: "Feedback" },
              { name: "Done", move: "Consolidate", terminal: true },
            ]
            transitions = [
              { from: "Ask", on: "IncorrectAttempt", to: "Ask" },
              { from: "*", on: "IncorrectAttempt", to: "Feedback" },
              { from: "*", on: "CorrectAttempt", to: "Done" },
              { from: "*", on: "AnswerRequest", to: "Ask" },
            ]
            +++
            === Ask ===
            Ask how the learner would start on {{ Problem }}.
            """;
        await new StrategyFileTest((path, text))
        {
            ExpectedDiagnostics =
            {
                StrategyFileTests.Expect(DiagnosticDescriptors.UnreachablePhase, path, 6, 3, 6, 41).WithArguments("Feedback", "shadowed-file", "Ask"),
                StrategyFileTests.Expect(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt, path, 9, 15, 14, 2).WithArguments("shadowed-file"),
            },
        }.RunAsync();
    }
}
