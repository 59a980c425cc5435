using Didactics.SourceGeneration.Analyzers;
using Didactics.SourceGeneration.Diagnostics;
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
}
