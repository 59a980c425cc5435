using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

/// <summary>A deliberately bad sample: every design rule fires exactly where it should, and nowhere else.</summary>
public sealed class KitchenSinkTests
{
    private const string Source = """
        using Didactics;

        namespace Bad;

        // Answers on request, reveals on "I don't know", leaks the answer into prompts and hints.
        [Strategy("homework-machine", Preamble = {|#11:"Always reply as 1A 2B 3C 4D."|})]
        [{|#2:AnswerPolicy(Disclosure.OnRequest)|}]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Template = {|#4:"Nudge the learner towards {{ Answer }}."|})]
        [{|#3:Phase("Tell", PhaseMove.Reveal)|}]
        [{|#8:Phase("Orphan", PhaseMove.Example)|}]
        [{|#9:Phase("Stuck", PhaseMove.Probe)|}]
        [Transition("Ask", LearnerSignal.DontKnow, "Tell")]
        [Transition("Tell", LearnerSignal.Unclassified, "Ask")]
        [Transition("Ask", LearnerSignal.IncorrectAttempt, "Stuck")]
        [Transition("Orphan", LearnerSignal.DontKnow, "Ask")]
        public partial class {|#7:{|#10:HomeworkMachine|}|} { }

        // No policy at all, and a hint that gives the answer away.
        [Strategy("undecided")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
        [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
        [Hint({|#5:"The answer is 12."|})]
        public partial class {|#1:{|#13:Undecided|}|} { }

        // A guard that lets everything through, and a classifier that counts any unrecognized turn as an attempt.
        public sealed class OpenDoor : IAnswerLeakGuard
        {
            public LeakScanResult {|#6:Scan|}(Problem problem, string reply, string history = null) => LeakScanResult.None;
        }

        public sealed class Counter : ILearnerSignalClassifier
        {
            public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict) =>
                learnerMessage.Contains("tell me") ? LearnerSignal.AnswerRequest : {|#12:LearnerSignal.IncorrectAttempt|};
        }
        """;

    [Fact]
    public Task EveryRuleFires_OnTheBadSample()
    {
        var test = new AllAnalyzersTest(Source);
        test.ExpectedDiagnostics.AddRange(
        [
            new DiagnosticResult(DiagnosticDescriptors.MissingAnswerPolicy).WithLocation(1).WithArguments("undecided"),
            new DiagnosticResult(DiagnosticDescriptors.DisclosureBeforeAttempt).WithLocation(2).WithArguments("homework-machine", "Disclosure.OnRequest discloses it whenever the learner asks"),
            new DiagnosticResult(DiagnosticDescriptors.RevealWithoutAttempt).WithLocation(3).WithArguments("homework-machine", "Tell", "Ask → Tell (on DontKnow)"),
            new DiagnosticResult(DiagnosticDescriptors.TemplateExposesAnswer).WithLocation(4).WithArguments("template", "Ask"),
            new DiagnosticResult(DiagnosticDescriptors.HintContainsAnswer).WithLocation(5).WithArguments(1, "undecided", "The answer is 12"),
            new DiagnosticResult(DiagnosticDescriptors.NoAnswerRequestTransition).WithLocation(7).WithArguments("homework-machine"),
            new DiagnosticResult(DiagnosticDescriptors.UnreachablePhase).WithLocation(8).WithArguments("Orphan", "homework-machine", "Ask"),
            new DiagnosticResult(DiagnosticDescriptors.PhaseWithoutExit).WithLocation(9).WithArguments("Stuck", "homework-machine"),
            new DiagnosticResult(DiagnosticDescriptors.NoTerminalPhase).WithLocation(10).WithArguments("homework-machine"),
            new DiagnosticResult(DiagnosticDescriptors.AnswerKeyInContent).WithLocation(11).WithArguments("strategy preamble", "1A 2B 3C 4D"),
            new DiagnosticResult(DiagnosticDescriptors.LeakGuardDisabled).WithLocation(6).WithArguments("OpenDoor"),
            new DiagnosticResult(DiagnosticDescriptors.AttemptWithoutVerdict).WithLocation(12).WithArguments("Counter", "IncorrectAttempt"),
            new DiagnosticResult(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt).WithLocation(13).WithArguments("undecided"),
        ]);
        return test.RunAsync();
    }
}
