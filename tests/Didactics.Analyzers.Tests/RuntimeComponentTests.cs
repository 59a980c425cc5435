using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

public sealed class RuntimeComponentTests
{
    private const string Usings = """
        using Didactics;

        """;

    private static AnalyzerTest<RuntimeComponentAnalyzer> Test(string source) => new(Usings + source);

    [Theory]
    [InlineData("=> LeakScanResult.None;")]
    [InlineData("=> default;")]
    [InlineData("=> new LeakScanResult(false, 1.0, null);")]
    [InlineData("{ if (reply.Length > 1000) { return default(LeakScanResult); } return new LeakScanResult { Leak = false }; }")]
    [InlineData("=> reply.Length > 10 ? LeakScanResult.None : new LeakScanResult();")]
    [InlineData("=> Quiet;")]
    [InlineData("=> NoGuard.Nothing;")]
    [InlineData("=> Silent;")]
    [InlineData("=> AnswerLeakGuard.Instance.Scan(problem, reply, history) with { Leak = false };")]
    [InlineData("{ var result = AnswerLeakGuard.Instance.Scan(problem, reply, history); return result with { Leak = false, Form = null }; }")]
    [InlineData("{ var clean = Quiet; return clean with { Confidence = 0.5 }; }")]
    [InlineData("=> (Nothing with { Form = \"none\" });")]
    public Task DID0006_GuardThatNeverReportsALeak_IsReported(string body)
    {
        var test = Test($$"""
            public sealed class NoGuard : IAnswerLeakGuard
            {
                private static readonly LeakScanResult Quiet = LeakScanResult.None;
                internal static readonly LeakScanResult Nothing = new LeakScanResult(false, 0, null);
                private static LeakScanResult Silent { get; } = Quiet with { Confidence = 0 };

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
    [InlineData("=> Mutable;")]
    [InlineData("=> AnswerLeakGuard.Instance.Scan(problem, reply, history) with { Confidence = 1.0 };")]
    [InlineData("=> LeakScanResult.None with { Leak = reply.Contains(\"42\") };")]
    [InlineData("{ var result = LeakScanResult.None; if (reply.Contains(\"42\")) { result = new LeakScanResult(true, 1, \"42\"); } return result; }")]
    public Task DID0006_RealGuards_AreNotReported(string body) => Test($$"""
        public sealed class Guard : IAnswerLeakGuard
        {
            // Not readonly: another member can store a real result here.
            private static LeakScanResult Mutable = LeakScanResult.None;
            public static void Set(LeakScanResult value) => Mutable = value;

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

    /// <summary>Each returns an attempt on a branch a message with no attempt reaches, though the branch's condition reads the verdict.</summary>
    [Theory]
    [InlineData("verdict.Kind == VerdictKind.Correct ? LearnerSignal.CorrectAttempt : {|#0:LearnerSignal.IncorrectAttempt|}")]
    [InlineData("verdict.Kind != VerdictKind.Incorrect ? {|#0:LearnerSignal.CorrectAttempt|} : LearnerSignal.IncorrectAttempt")]
    [InlineData("verdict.Kind is VerdictKind.Incorrect ? LearnerSignal.IncorrectAttempt : {|#0:LearnerSignal.CorrectAttempt|}")]
    [InlineData("verdict.Word == \"correct\" ? LearnerSignal.CorrectAttempt : {|#0:LearnerSignal.IncorrectAttempt|}")]
    [InlineData("verdict.Kind switch { VerdictKind.Correct => LearnerSignal.CorrectAttempt, _ => {|#0:LearnerSignal.IncorrectAttempt|} }")]
    [InlineData("verdict switch { { Kind: VerdictKind.Correct } => LearnerSignal.CorrectAttempt, _ => {|#0:LearnerSignal.IncorrectAttempt|} }")]
    [InlineData("learnerMessage.Length > 2 || verdict.Kind == VerdictKind.Incorrect ? {|#0:LearnerSignal.IncorrectAttempt|} : LearnerSignal.Unclassified")]
    public Task DID0012_ConditionThatReadsTheVerdictButLetsNoAttemptThrough_IsReported(string expression)
    {
        var test = Test($$"""
            public sealed class OneLiner : ILearnerSignalClassifier
            {
                public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict) =>
                    {{expression}};
            }
            """);
        var signal = System.Text.RegularExpressions.Regex.Match(expression, @"\{\|#0:LearnerSignal\.(\w+)\|\}").Groups[1].Value;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AttemptWithoutVerdict).WithLocation(0).WithArguments("OneLiner", signal));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0012_StatementFormsThatLetNoAttemptThrough_AreReported()
    {
        var test = Test("""
            public sealed class Statements : ILearnerSignalClassifier
            {
                public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict)
                {
                    var kind = verdict.Kind;
                    if (kind == VerdictKind.Correct)
                    {
                        return LearnerSignal.CorrectAttempt;
                    }
                    else
                    {
                        return {|#0:LearnerSignal.IncorrectAttempt|};
                    }
                }
            }

            public sealed class Switching : ILearnerSignalClassifier
            {
                public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict)
                {
                    switch (verdict.Kind)
                    {
                        case VerdictKind.Correct:
                            return LearnerSignal.CorrectAttempt;
                        default:
                            return {|#1:LearnerSignal.IncorrectAttempt|};
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AttemptWithoutVerdict).WithLocation(0).WithArguments("Statements", "IncorrectAttempt"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AttemptWithoutVerdict).WithLocation(1).WithArguments("Switching", "IncorrectAttempt"));
        return test.RunAsync();
    }

    /// <summary>Each shuts a message with no attempt out of every attempt branch.</summary>
    [Theory]
    [InlineData("verdict.Kind == VerdictKind.NoAttempt ? LearnerSignal.Unclassified : verdict.Kind == VerdictKind.Correct ? LearnerSignal.CorrectAttempt : LearnerSignal.IncorrectAttempt")]
    [InlineData("verdict.Kind is VerdictKind.Correct ? LearnerSignal.CorrectAttempt : verdict.Kind is VerdictKind.Incorrect ? LearnerSignal.IncorrectAttempt : LearnerSignal.DontKnow")]
    [InlineData("verdict.Candidate is null ? LearnerSignal.Unclassified : verdict.Kind == VerdictKind.Correct ? LearnerSignal.CorrectAttempt : LearnerSignal.IncorrectAttempt")]
    [InlineData("verdict.Kind switch { VerdictKind.NoAttempt => LearnerSignal.Unclassified, VerdictKind.Correct => LearnerSignal.CorrectAttempt, _ => LearnerSignal.IncorrectAttempt }")]
    [InlineData("verdict switch { { Kind: VerdictKind.Correct } => LearnerSignal.CorrectAttempt, { Kind: not VerdictKind.NoAttempt } => LearnerSignal.IncorrectAttempt, _ => LearnerSignal.OffTopic }")]
    [InlineData("verdict.Word != \"none\" && learnerMessage.Length > 0 ? LearnerSignal.IncorrectAttempt : LearnerSignal.Unclassified")]
    [InlineData("Helper.IsAttempt(verdict) ? LearnerSignal.IncorrectAttempt : LearnerSignal.Unclassified")]
    public Task DID0012_ConditionsThatShutNoAttemptOut_AreNotReported(string expression) => Test($$"""
        public static class Helper
        {
            public static bool IsAttempt(AnswerVerdict verdict) => verdict.Kind != VerdictKind.NoAttempt;
        }

        public sealed class Guarded : ILearnerSignalClassifier
        {
            public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict) =>
                {{expression}};
        }
        """).RunAsync();
}
