using System.Collections.Immutable;
using Didactics.SourceGeneration.Analyzers;
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

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [new AnswerPolicyAnalyzer(), new StrategyGraphAnalyzer(), new StrategyContentAnalyzer(), new PedagogyAnalyzer(), new RuntimeComponentAnalyzer(), new HelpWithoutEffortAnalyzer()];

    public static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(All);
    }
}

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
