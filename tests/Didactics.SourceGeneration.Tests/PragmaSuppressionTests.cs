using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// Generator diagnostics carry locations on the compilation's own syntax trees, so <c>#pragma warning disable</c>
/// (and the compiler's other per-tree filters) apply to them like to any analyzer diagnostic.
/// </summary>
public sealed class PragmaSuppressionTests
{
    private const string Template = """
        using Didactics;
        namespace T;
        [Strategy("s")]
        #pragma warning disable DID1007 // the designer accepts the unknown variable here
        [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true, Template = "Hi {{ Nmae }}")]
        #pragma warning restore DID1007
        [Phase("B", PhaseMove.Probe, Template = "Bye {{ Nmae }}")]
        [AnswerPolicy(Disclosure.Never)]
        internal partial class S { }
        """;

    /// <summary>The filter the command-line compiler applies to every diagnostic (pragmas, severity options), called as the compiler does.</summary>
    private static Diagnostic? CompilerFilter(Compilation compilation, Diagnostic diagnostic)
    {
        // CompilationOptions.FilterDiagnostic is internal; it is what the command-line compiler runs on every diagnostic.
        var method = typeof(CompilationOptions).GetMethod("FilterDiagnostic", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(Diagnostic), typeof(CancellationToken)])
            ?? throw new InvalidOperationException("Roslyn no longer has CompilationOptions.FilterDiagnostic(Diagnostic, CancellationToken).");
        var filtered = (Diagnostic?)method.Invoke(compilation.Options, [diagnostic, CancellationToken.None]);
        return filtered is null || filtered.IsSuppressed || filtered.Severity == DiagnosticSeverity.Hidden ? null : filtered;
    }

    [Fact]
    public void Pragma_warning_disable_suppresses_a_generator_diagnostic_inside_the_region_only()
    {
        var run = GeneratorHarness.Run(Template);
        var reported = run.GeneratorDiagnostics.Where(d => d.Id == "DID1007").ToList();
        Assert.Equal(2, reported.Count);
        Assert.All(reported, d => Assert.True(d.Location.IsInSource, "The location must be on a syntax tree."));

        var kept = reported.Select(d => CompilerFilter(run.Output, d)).Where(d => d is not null).ToList();
        var survivor = Assert.Single(kept);
        Assert.Contains("Bye", Template.Substring(0, survivor!.Location.SourceSpan.Start).Split('\n').Last());
    }

    [Fact]
    public void A_location_made_from_a_path_alone_would_not_be_suppressed()
    {
        // Guards the test above: the filter really depends on the tree location (the pre-fix behaviour).
        var run = GeneratorHarness.Run(Template);
        var first = run.GeneratorDiagnostics.First(d => d.Id == "DID1007");
        var external = Diagnostic.Create(first.Descriptor, Location.Create(first.Location.GetLineSpan().Path, first.Location.SourceSpan, first.Location.GetLineSpan().Span), "x", "y", "");
        Assert.NotNull(CompilerFilter(run.Output, external));
        Assert.Null(CompilerFilter(run.Output, first));
    }
}
