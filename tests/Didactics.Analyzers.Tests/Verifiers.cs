using System.Collections.Immutable;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

/// <summary>Offline references for every test compilation: .NET 10 reference assemblies plus the Didactics runtime.</summary>
internal static class TestReferences
{
    /// <summary>No package download: the framework comes from Basic.Reference.Assemblies.</summary>
    public static ReferenceAssemblies Framework { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(StrategyAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location),
    ];

    /// <summary>What the package registers: the one strategy design entry point and the runtime-component rules.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [new StrategyDesignAnalyzer(), new RuntimeComponentAnalyzer()];

    public static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(All);
    }
}

/// <summary>
/// The production entry point restricted to one group of rules, so a test about one rule group sees only its
/// diagnostics (the package registers <see cref="StrategyDesignAnalyzer"/>, which runs them all).
/// </summary>
#pragma warning disable RS1001, RS1025, RS1026 // Test-only wrappers, never loaded by a compiler; the inner analyzer configures itself.
public abstract class RuleGroupAnalyzer : DiagnosticAnalyzer
{
    private readonly StrategyDesignAnalyzer _inner;

    private protected RuleGroupAnalyzer(DesignRule rule) => _inner = new StrategyDesignAnalyzer([rule]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _inner.Initialize(context);
}

/// <summary>DID0001, DID0002.</summary>
public sealed class AnswerPolicyAnalyzer() : RuleGroupAnalyzer(DesignRule.AnswerPolicy);

/// <summary>DID0003, DID0007–DID0010.</summary>
public sealed class StrategyGraphAnalyzer() : RuleGroupAnalyzer(DesignRule.Graph);

/// <summary>DID0004, DID0005, DID0011.</summary>
public sealed class StrategyContentAnalyzer() : RuleGroupAnalyzer(DesignRule.Content);

/// <summary>DID0013.</summary>
public sealed class PedagogyAnalyzer() : RuleGroupAnalyzer(DesignRule.Pedagogy);

/// <summary>DID0014.</summary>
public sealed class HelpWithoutEffortAnalyzer() : RuleGroupAnalyzer(DesignRule.Effort);
#pragma warning restore RS1001, RS1025, RS1026

/// <summary>Runs one analyzer over markup sources.</summary>
internal sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source)
    {
        ReferenceAssemblies = TestReferences.Framework;
        TestReferences.Configure(TestState);
        TestCode = source;
    }
}

/// <summary>Runs all Didactics design analyzers together (the well-designed and kitchen-sink tests).</summary>
internal sealed class AllAnalyzersTest : CSharpAnalyzerTest<AnswerPolicyAnalyzer, DefaultVerifier>
{
    public AllAnalyzersTest(string source)
    {
        ReferenceAssemblies = TestReferences.Framework;
        TestReferences.Configure(TestState);
        TestCode = source;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => TestReferences.Analyzers;
}

/// <summary>Runs one analyzer and one code fix, including fix-all in document, project and solution scope.</summary>
internal sealed class FixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public FixTest(string source, string fixedSource, string? equivalenceKey = null)
    {
        ReferenceAssemblies = TestReferences.Framework;
        TestReferences.Configure(TestState);
        TestReferences.Configure(FixedState);
        TestReferences.Configure(BatchFixedState);
        TestCode = source;
        FixedCode = fixedSource;
        CodeActionEquivalenceKey = equivalenceKey;
    }
}
