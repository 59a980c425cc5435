using Didactics.SourceGeneration.Analyzers;
using Didactics.SourceGeneration.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

public sealed class RuntimeComponentTests
{
    private const string Usings = """
        using Didactics;
        using Didactics.Checking;
        using Didactics.Guard;
        using Didactics.Signals;

        """;

    private static AnalyzerTest<RuntimeComponentAnalyzer> Test(string source) => new(Usings + source);

    [Theory]
    [InlineData("=> LeakScanResult.None;")]
    [InlineData("=> default;")]
    [InlineData("=> new LeakScanResult(false, 1.0, null);")]
    [InlineData("{ if (reply.Length > 1000) { return default(LeakScanResult); } return new LeakScanResult { Leak = false }; }")]
    [InlineData("=> reply.Length > 10 ? LeakScanResult.None : new LeakScanResult();")]
    public Task DID0006_GuardThatNeverReportsALeak_IsReported(string body)
    {
        var test = Test($$"""
            public sealed class NoGuard : IAnswerLeakGuard
            {
                public LeakScanResult {|#0:Scan|}(Problem problem, string reply, string history = null) {{body}}
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LeakGuardDisabled).WithLocation(0)
            .WithMessage("'NoGuard' implements IAnswerLeakGuard but never reports a leak, so every model reply that states the answer reaches the learner; scan the reply or delegate to AnswerLeakGuard.Instance"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("=> AnswerLeakGuard.Instance.Scan(problem, reply, history);")]
    [InlineData("=> reply.Contains(\"42\") ? new LeakScanResult(true, 1.0, \"42\") : LeakScanResult.None;")]
    [InlineData("=> throw new System.NotSupportedException(\"Use the built-in guard.\");")]
    public Task DID0006_RealGuards_AreNotReported(string body) => Test($$"""
        public sealed class Guard : IAnswerLeakGuard
        {
            public LeakScanResult Scan(Problem problem, string reply, string history = null) {{body}}
        }
        """).RunAsync();

    [Fact]
    public Task DID0006_MethodNamedScanOutsideAGuard_IsNotReported() => Test("""
        public sealed class Scanner
        {
            public LeakScanResult Scan(Problem problem, string reply, string history = null) => LeakScanResult.None;
        }
        """).RunAsync();

    [Fact]
    public Task DID0012_AttemptFallbackWithoutVerdict_IsReported()
    {
        var test = Test("""
            public sealed class Sloppy : ILearnerSignalClassifier
            {
                public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict)
                {
                    if (learnerMessage.Contains("tell me"))
                    {
                        return LearnerSignal.AnswerRequest;
                    }

                    if (verdict.Kind == VerdictKind.Correct)
                    {
                        return LearnerSignal.CorrectAttempt;
                    }

                    return {|#0:LearnerSignal.IncorrectAttempt|};
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AttemptWithoutVerdict).WithLocation(0)
            .WithMessage("'Sloppy' returns LearnerSignal.IncorrectAttempt on a path that does not consult the answer checker's verdict, so \"I don't know\" or an answer request can count towards the policy's attempt threshold"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0012_ExpressionBodiedConstantAttempt_IsReported()
    {
        var test = Test("""
            public sealed class Generous : ILearnerSignalClassifier
            {
                public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict) =>
                    learnerMessage.Length > 0 ? {|#0:LearnerSignal.CorrectAttempt|} : LearnerSignal.Unclassified;
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AttemptWithoutVerdict).WithLocation(0).WithArguments("Generous", "CorrectAttempt"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0012_AttemptsDecidedByTheVerdict_AreNotReported() => Test("""
        public sealed class Careful : ILearnerSignalClassifier
        {
            public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict)
            {
                if (learnerMessage.Contains("don't know"))
                {
                    return LearnerSignal.DontKnow;
                }

                var kind = verdict.Kind;
                if (kind == VerdictKind.NoAttempt)
                {
                    return LearnerSignal.Unclassified;
                }

                return LearnerSignal.IncorrectAttempt;
            }
        }

        public sealed class Switching : ILearnerSignalClassifier
        {
            public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict) => verdict.Kind switch
            {
                VerdictKind.Correct => LearnerSignal.CorrectAttempt,
                VerdictKind.Incorrect => LearnerSignal.IncorrectAttempt,
                _ => LearnerSignal.Unclassified,
            };
        }
        """).RunAsync();
}
