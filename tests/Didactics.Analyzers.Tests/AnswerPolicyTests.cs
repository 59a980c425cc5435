using Didactics.CodeFixes;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

public sealed class AnswerPolicyTests
{
    private const string Body = """
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
        """;

    [Fact]
    public Task DID0001_MissingPolicy_ReportedOnClassIdentifier_WithMessage()
    {
        var test = new AnalyzerTest<AnswerPolicyAnalyzer>($$"""
            using Didactics;

            [Strategy("quiz")]
            {{Body}}
            public partial class {|#0:Quiz|} { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingAnswerPolicy).WithLocation(0)
            .WithMessage("Strategy 'quiz' declares no answer policy, so the generated pipeline never discloses the answer; declare [AnswerPolicy(...)] to decide explicitly"));
        return test.RunAsync();
    }

    /// <summary>A partial record is a strategy like a class (the generator emits a partial record): the rules judge it the same way.</summary>
    [Fact]
    public Task DID0001_And_Fix_OnARecordStrategy() => new FixTest<AnswerPolicyAnalyzer, AnswerPolicyCodeFixProvider>($$"""
        using Didactics;

        [Strategy("quiz")]
        {{Body}}
        public partial record {|DID0001:Quiz|};
        """, $$"""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.Never)]
        {{Body}}
        public partial record Quiz;
        """, AnswerPolicyCodeFixProvider.AddNeverKey).RunAsync();

    [Theory]
    [InlineData("Disclosure.Never")]
    [InlineData("Disclosure.AfterAttempts, MinAttempts = 1")]
    [InlineData("Disclosure.AfterAttempts, MinAttempts = 5")]
    public Task SafePolicies_AreNotReported(string arguments) => new AnalyzerTest<AnswerPolicyAnalyzer>($$"""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy({{arguments}})]
        {{Body}}
        public partial class Quiz { }
        """).RunAsync();

    [Theory]
    [InlineData("Disclosure.OnRequest", "Disclosure.OnRequest discloses it whenever the learner asks")]
    [InlineData("Disclosure.Always", "Disclosure.Always discloses it at any time")]
    [InlineData("Disclosure.AfterAttempts", "Disclosure.AfterAttempts with MinAttempts = 0 requires no attempt")]
    [InlineData("Disclosure.AfterAttempts, MinAttempts = -2", "Disclosure.AfterAttempts with MinAttempts = -2 requires no attempt")]
    public Task DID0002_EarlyDisclosure_ReportedOnAttribute(string arguments, string reason)
    {
        var test = new AnalyzerTest<AnswerPolicyAnalyzer>($$"""
            using Didactics;

            [Strategy("quiz")]
            [{|#0:AnswerPolicy({{arguments}})|}]
            {{Body}}
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DisclosureBeforeAttempt).WithLocation(0)
            .WithMessage($"The answer policy of strategy 'quiz' lets the learner obtain the answer before making any attempt ({reason}); this allows pure answer delegation"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("silent", DiagnosticSeverity.Hidden)]
    public Task Severity_IsConfigurableInEditorConfig(string configured, DiagnosticSeverity expected)
    {
        var test = new AnalyzerTest<AnswerPolicyAnalyzer>($$"""
            using Didactics;

            [Strategy("quiz")]
            {{Body}}
            public partial class {|#0:Quiz|} { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n\ndotnet_diagnostic.DID0001.severity = {configured}\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingAnswerPolicy).WithLocation(0).WithSeverity(expected).WithArguments("quiz"));
        return test.RunAsync();
    }

    [Fact]
    public Task Rule_CanBeSwitchedOffInEditorConfig()
    {
        var test = new AnalyzerTest<AnswerPolicyAnalyzer>($$"""
            using Didactics;

            [Strategy("quiz")]
            {{Body}}
            public partial class Quiz { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DID0001.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0001_Fix_AddsNeverPolicy_AfterStrategyAttribute() => new FixTest<AnswerPolicyAnalyzer, AnswerPolicyCodeFixProvider>(
        $$"""
        using Didactics;

        namespace Demo
        {
            [Strategy("quiz")]
            {{Indent(Body)}}
            public partial class {|DID0001:Quiz|} { }
        }
        """,
        $$"""
        using Didactics;

        namespace Demo
        {
            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            {{Indent(Body)}}
            public partial class Quiz { }
        }
        """,
        AnswerPolicyCodeFixProvider.AddNeverKey).RunAsync();

    [Fact]
    public Task DID0001_Fix_AddsAfterAttemptsPolicy() => new FixTest<AnswerPolicyAnalyzer, AnswerPolicyCodeFixProvider>(
        $$"""
        using Didactics;

        [Strategy("quiz")]
        {{Body}}
        public partial class {|DID0001:Quiz|} { }
        """,
        $$"""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 3)]
        {{Body}}
        public partial class Quiz { }
        """,
        AnswerPolicyCodeFixProvider.AddAfterAttemptsKey).RunAsync();

    [Fact]
    public Task DID0001_Fix_QualifiesNames_WhenDidacticsIsNotImported() => new FixTest<AnswerPolicyAnalyzer, AnswerPolicyCodeFixProvider>(
        """
        [Didactics.Strategy("quiz")]
        [Didactics.Phase("Ask", Didactics.PhaseMove.Elicit, Start = true, Terminal = true)]
        public partial class {|DID0001:Quiz|} { }
        """,
        """
        [Didactics.Strategy("quiz")]
        [Didactics.AnswerPolicy(Didactics.Disclosure.Never)]
        [Didactics.Phase("Ask", Didactics.PhaseMove.Elicit, Start = true, Terminal = true)]
        public partial class Quiz { }
        """,
        AnswerPolicyCodeFixProvider.AddNeverKey).RunAsync();

    [Fact]
    public Task DID0001_FixAll_FixesEveryStrategyInTheDocument()
    {
        var test = new FixTest<AnswerPolicyAnalyzer, AnswerPolicyCodeFixProvider>(
            """
            using Didactics;

            [Strategy("one")]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true)]
            public partial class {|DID0001:One|} { }

            [Strategy("two")]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true)]
            public partial class {|DID0001:Two|} { }

            [Strategy("three")]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true)]
            public partial class {|DID0001:Three|} { }
            """,
            """
            using Didactics;

            [Strategy("one")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true)]
            public partial class One { }

            [Strategy("two")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true)]
            public partial class Two { }

            [Strategy("three")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true)]
            public partial class Three { }
            """,
            AnswerPolicyCodeFixProvider.AddNeverKey);
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task DID0002_Fix_TightensToAfterAttempts_KeepingOtherArguments() => new FixTest<AnswerPolicyAnalyzer, AnswerPolicyCodeFixProvider>(
        $$"""
        using Didactics;

        [Strategy("quiz")]
        [{|DID0002:AnswerPolicy(Disclosure.OnRequest)|}]
        {{Body}}
        public partial class Quiz { }

        [Strategy("quiz2")]
        [{|DID0002:AnswerPolicy(Didactics.Disclosure.AfterAttempts, MinAttempts = 0)|}]
        {{Body}}
        public partial class Quiz2 { }
        """,
        $$"""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 3)]
        {{Body}}
        public partial class Quiz { }

        [Strategy("quiz2")]
        [AnswerPolicy(Didactics.Disclosure.AfterAttempts, MinAttempts = 3)]
        {{Body}}
        public partial class Quiz2 { }
        """,
        AnswerPolicyCodeFixProvider.TightenAfterAttemptsKey).RunAsync();

    [Fact]
    public Task DID0002_Fix_TightensToNever_DroppingTheThreshold() => new FixTest<AnswerPolicyAnalyzer, AnswerPolicyCodeFixProvider>(
        $$"""
        using Didactics;

        [Strategy("quiz")]
        [{|DID0002:AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 0)|}]
        {{Body}}
        public partial class Quiz { }

        [Strategy("quiz2")]
        [{|DID0002:AnswerPolicy(disclosure: Disclosure.Always)|}]
        {{Body}}
        public partial class Quiz2 { }
        """,
        $$"""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.Never)]
        {{Body}}
        public partial class Quiz { }

        [Strategy("quiz2")]
        [AnswerPolicy(disclosure: Disclosure.Never)]
        {{Body}}
        public partial class Quiz2 { }
        """,
        AnswerPolicyCodeFixProvider.TightenNeverKey).RunAsync();

    private static string Indent(string text) => text.Replace("\n", "\n    ");
}
