using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.SourceGeneration.Tests;

/// <summary>Phase templates read from <c>.sbn</c> AdditionalFiles (<c>TemplateFile</c>, <c>ContentFiles</c>).</summary>
public sealed class TemplateFileTests
{
    private const string Strategy = """
        using Didactics;
        namespace T;
        /// <summary>Reads its templates from files.</summary>
        [Strategy("files")]
        [Phase("Elicit", PhaseMove.Elicit, Start = true, TemplateFile = "Templates/elicit.sbn", ContentFiles = new[] { "Templates/elicit.content.sbn" })]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true, Content = new[] { "Done." })]
        [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
        [AnswerPolicy(Disclosure.Never)]
        public partial class FileStrategy { }
        """;

    private const string Other = """
        using Didactics;
        namespace T;
        /// <summary>Another strategy.</summary>
        [Strategy("other")]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, TemplateFile = "other.sbn")]
        [AnswerPolicy(Disclosure.Never)]
        public partial class OtherStrategy { }
        """;

    private const string ElicitPath = "/src/App/Templates/elicit.sbn";
    private const string ContentPath = "/src/App/Templates/elicit.content.sbn";
    private const string OtherPath = "/src/App/other.sbn";
    private const string UnusedPath = "/src/App/Templates/unused.sbn";

    private static (string, string)[] Files(string elicit = "Ask what the learner notices about {{ Problem }}.") =>
        [(ElicitPath, elicit), (ContentPath, "What do you notice about {{ Problem }}?"), (OtherPath, "Ask {{ Learner }}.")];

    [Fact]
    public void Template_files_are_read_compiled_and_kept_in_the_descriptor()
    {
        var run = GeneratorHarness.RunCleanWithFiles([Strategy, Other], Files());
        var source = run.Source("T.FileStrategy.g.cs");
        Assert.Contains("\"Ask what the learner notices about {{ Problem }}.\"", source);
        Assert.Contains("output.Append(model.Problem);", source);

        var assembly = GeneratorHarness.Load(run.Output);
        var strategy = (IStrategy)Activator.CreateInstance(assembly.GetType("T.FileStrategy")!)!;
        var output = new System.Text.StringBuilder();
        strategy.RenderInstructions(0, new TurnModel { Problem = "3 + 4" }, output);
        Assert.Equal("Ask what the learner notices about 3 + 4.", output.ToString());
        output.Clear();
        Assert.True(strategy.RenderContent(0, 0, new TurnModel { Problem = "x" }, output));
        Assert.Equal("What do you notice about x?", output.ToString());
        Assert.Equal("What do you notice about {{ Problem }}?", Assert.Single(strategy.Descriptor.Phases[0].Content));
    }

    [Fact]
    public void A_syntax_error_in_a_template_file_is_reported_at_its_line_and_column_in_the_file()
    {
        var run = GeneratorHarness.RunWithFiles([Strategy, Other], Files("line one\nsecond {{ if Problem }} unclosed"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DID1006", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ElicitPath, span.Path);
        Assert.Equal(1, span.StartLinePosition.Line);
        Assert.DoesNotContain(run.Result.GeneratedSources, s => s.HintName == "T.FileStrategy.g.cs");
    }

    [Fact]
    public void An_unknown_variable_in_a_template_file_is_reported_at_its_exact_position()
    {
        var run = GeneratorHarness.RunWithFiles([Strategy, Other], Files("Hello\n  {{ Problme }}"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DID1007", diagnostic.Id);
        Assert.Contains("did you mean 'Problem'?", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ElicitPath, span.Path);
        Assert.Equal(new LinePosition(1, 5), span.StartLinePosition);
        Assert.Equal(new LinePosition(1, 12), span.EndLinePosition);
        Assert.Equal("Problme", "Hello\n  {{ Problme }}".Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void A_missing_template_file_is_DID1010_at_the_attribute_argument()
    {
        var run = GeneratorHarness.RunWithFiles([Strategy, Other], (ContentPath, "c"), (OtherPath, "o"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DID1010", diagnostic.Id);
        Assert.StartsWith("Template file 'Templates/elicit.sbn' of phase 'Elicit' matches no AdditionalFiles item", diagnostic.GetMessage());
        Assert.Equal("\"Templates/elicit.sbn\"", Strategy.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal("Strategy.cs", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void An_ambiguous_template_file_reference_is_DID1010_listing_the_matches()
    {
        var run = GeneratorHarness.RunWithFiles([Other], (OtherPath, "a"), ("/src/App/Nested/other.sbn", "b"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "DID1010");
        Assert.Equal("DID1010", diagnostic.Id);
        Assert.Contains("matches 2 files (/src/App/other.sbn, /src/App/Nested/other.sbn)", diagnostic.GetMessage());
    }

    [Fact]
    public void A_reference_matches_whole_path_segments_only()
    {
        var run = GeneratorHarness.RunWithFiles([Other], ("/src/App/another.sbn", "a"));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "DID1010");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "DID1011");
    }

    [Fact]
    public void A_template_file_no_phase_uses_is_a_DID1011_warning_at_the_file_start_and_generation_continues()
    {
        var files = Files().Append((UnusedPath, "Nobody reads me.")).ToArray();
        var run = GeneratorHarness.RunWithFiles([Strategy, Other], files);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DID1011", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Descriptor.DefaultSeverity);
        Assert.Equal(UnusedPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName == "T.FileStrategy.g.cs");
    }

    [Fact]
    public void Editing_one_template_file_recompiles_only_the_strategy_that_reads_it()
    {
        var texts = Files().Select(f => new InMemoryAdditionalText(f.Item1, f.Item2)).ToList();
        var compilation = GeneratorHarness.CreateCompilation(Strategy, Other);
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(ElicitPath, "Ask again about {{ Problem }}.");
        driver = driver.ReplaceAdditionalText(texts[0], edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var compiled = result.TrackedSteps[TrackingNames.CompiledTemplates].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, compiled.Count);
        Assert.Single(compiled, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(compiled, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        var emitted = result.TrackedSteps[TrackingNames.EmitSpecs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Single(emitted, r => r == IncrementalStepRunReason.Modified);
        Assert.Contains("Ask again about", result.GeneratedSources.Single(s => s.HintName == "T.FileStrategy.g.cs").SourceText.ToString());
    }

    [Theory]
    [InlineData("template")]
    [InlineData("csharp")]
    public void Editing_an_unrelated_template_or_file_leaves_every_strategy_step_cached(string what)
    {
        var texts = Files().Append((UnusedPath, "Nobody reads me.")).Select(f => new InMemoryAdditionalText(f.Item1, f.Item2)).ToList();
        var compilation = GeneratorHarness.CreateCompilation(Strategy, Other);
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);

        if (what == "template")
        {
            driver = driver.ReplaceAdditionalText(texts[3], new InMemoryAdditionalText(UnusedPath, "Still nobody reads me."));
        }
        else
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }", GeneratorHarness.ParseOptions, path: "Unrelated.cs"));
        }

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        string[] strategySteps =
        [
            TrackingNames.ParsedStrategies, TrackingNames.ResolvedTemplates, TrackingNames.CompiledTemplates, TrackingNames.StrategyNames,
            TrackingNames.StrategyOutputs, TrackingNames.UsedTemplateFiles, TrackingNames.EmitSpecs, TrackingNames.UnusedTemplateFiles, TrackingNames.Diagnostics,
        ];
        foreach (var step in strategySteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {output.Reason}");
            }
        }

        // Only the edited file's own read step ran again.
        var reads = result.TrackedSteps[TrackingNames.TemplateFiles].SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(what == "template" ? 1 : 0, reads);
    }
}
