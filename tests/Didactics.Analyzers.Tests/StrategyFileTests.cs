using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

/// <summary>
/// The design rules over <c>*.strategy.sbn</c> files: the same rule implementations as for attributed classes, fed by
/// the generator's strategy-file parser, with every finding at its exact line and column in the file.
/// </summary>
public sealed class StrategyFileTests
{
    private const string GraphBadPath = "/strategies/graph-bad.strategy.sbn";
    private const string ContentBadPath = "/strategies/content-bad.strategy.sbn";

    /// <summary>Reveal reachable on DontKnow, no answer-request transition, no terminal phase, a stranded phase, no feedback on errors.</summary>
    private const string GraphBad = """
        +++
        name = "graph-bad"
        answer_policy = { disclosure: "AfterAttempts", min_attempts: 2 }
        phases = [
          { name: "Ask", move: "Elicit", start: true },
          { name: "Show", move: "Reveal" },
          { name: "Stuck", move: "Probe" },
        ]
        transitions = [
          { from: "Ask", on: "DontKnow", to: "Show" },
          { from: "Show", on: "CorrectAttempt", to: "Ask" },
        ]
        +++
        === Ask ===
        Ask how the learner would start on {{ Problem }}.
        """;

    /// <summary>An answer key in the preamble and in authored content, a hint that states the answer, a template that uses Answer.</summary>
    private const string ContentBad = """
        +++
        name = "content-bad"
        preamble = "Reply in the format 1B 2D 3A 4C."
        answer_policy = { disclosure: "Never" }
        hints = [
          "Look at the units first.",
          "The answer is 12.",
        ]
        phases = [
          { name: "Ask", move: "Elicit", start: true },
          { name: "Feedback", move: "Feedback" },
          { name: "Done", move: "Consolidate", terminal: true },
        ]
        transitions = [
          { from: "Ask", on: "IncorrectAttempt", to: "Feedback" },
          { from: "*", on: "AnswerRequest", to: "Feedback" },
          { from: "*", on: "CorrectAttempt", to: "Done" },
        ]
        +++
        === Ask ===
        Ask how the learner would start on {{ Problem }}.

        === Feedback ===
        The attempt was {{ Verdict }}.
        Compare it with {{ Answer }} without saying it.

        === Feedback content ===
        Check again: 1A 2C 3D.
        """;

    [Fact]
    public async Task Graph_rules_report_at_the_phase_entries_and_lists_of_the_file()
    {
        await new StrategyFileTest((GraphBadPath, GraphBad))
        {
            ExpectedDiagnostics =
            {
                // The "phases = [ ... ]" list: lines 4-8.
                Expect(DiagnosticDescriptors.NoTerminalPhase, GraphBadPath, 4, 10, 8, 2).WithArguments("graph-bad"),
                // The phase entries.
                Expect(DiagnosticDescriptors.RevealWithoutAttempt, GraphBadPath, 6, 3, 6, 35).WithArguments("graph-bad", "Show", "Ask → Show (on DontKnow)"),
                Expect(DiagnosticDescriptors.UnreachablePhase, GraphBadPath, 7, 3, 7, 35).WithArguments("Stuck", "graph-bad", "Ask"),
                Expect(DiagnosticDescriptors.PhaseWithoutExit, GraphBadPath, 7, 3, 7, 35).WithArguments("Stuck", "graph-bad"),
                // The "transitions = [ ... ]" list: lines 9-12.
                Expect(DiagnosticDescriptors.NoAnswerRequestTransition, GraphBadPath, 9, 15, 12, 2).WithArguments("graph-bad"),
                Expect(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt, GraphBadPath, 9, 15, 12, 2).WithArguments("graph-bad"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Content_rules_report_at_the_preamble_hint_and_section_text()
    {
        await new StrategyFileTest((ContentBadPath, ContentBad))
        {
            ExpectedDiagnostics =
            {
                Expect(DiagnosticDescriptors.AnswerKeyInContent, ContentBadPath, 3, 12, 3, 46).WithArguments("strategy preamble", "1B 2D 3A 4C"),
                Expect(DiagnosticDescriptors.HintContainsAnswer, ContentBadPath, 7, 3, 7, 22).WithArguments(2, "content-bad", "The answer is 12"),
                // The instruction section's text (both lines), then the content section's text.
                Expect(DiagnosticDescriptors.TemplateExposesAnswer, ContentBadPath, 24, 1, 25, 48).WithArguments("template", "Feedback"),
                Expect(DiagnosticDescriptors.AnswerKeyInContent, ContentBadPath, 28, 1, 28, 23).WithArguments("authored content of phase 'Feedback'", "1A 2C 3D"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Messages_are_the_same_as_for_attributed_classes()
    {
        await new StrategyFileTest((GraphBadPath, GraphBad))
        {
            ExpectedDiagnostics =
            {
                Expect(DiagnosticDescriptors.NoTerminalPhase, GraphBadPath, 4, 10, 8, 2)
                    .WithMessage("Strategy 'graph-bad' has no phase with Terminal = true, so a session never ends; mark the phase that closes the session as terminal"),
                Expect(DiagnosticDescriptors.RevealWithoutAttempt, GraphBadPath, 6, 3, 6, 35)
                    .WithMessage("Strategy 'graph-bad' can reach Reveal phase 'Show' without any learner attempt: Ask → Show (on DontKnow); route the reveal through a transition on CorrectAttempt or IncorrectAttempt"),
                Expect(DiagnosticDescriptors.UnreachablePhase, GraphBadPath, 7, 3, 7, 35).WithArguments("Stuck", "graph-bad", "Ask"),
                Expect(DiagnosticDescriptors.PhaseWithoutExit, GraphBadPath, 7, 3, 7, 35).WithArguments("Stuck", "graph-bad"),
                Expect(DiagnosticDescriptors.NoAnswerRequestTransition, GraphBadPath, 9, 15, 12, 2)
                    .WithMessage("Strategy 'graph-bad' declares no transition on LearnerSignal.AnswerRequest, so the tutor ignores \"just tell me\" instead of responding didactically; add [Transition(\"*\", LearnerSignal.AnswerRequest, ...)]"),
                Expect(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt, GraphBadPath, 9, 15, 12, 2).WithArguments("graph-bad"),
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_global_config_switches_off_and_project_options_escalate_strategy_file_diagnostics()
    {
        var test = new StrategyFileTest((GraphBadPath, GraphBad))
        {
            ExpectedDiagnostics =
            {
                Expect(DiagnosticDescriptors.NoTerminalPhase, GraphBadPath, 4, 10, 8, 2).WithArguments("graph-bad").WithSeverity(DiagnosticSeverity.Error),
                Expect(DiagnosticDescriptors.RevealWithoutAttempt, GraphBadPath, 6, 3, 6, 35).WithArguments("graph-bad", "Show", "Ask → Show (on DontKnow)"),
                Expect(DiagnosticDescriptors.UnreachablePhase, GraphBadPath, 7, 3, 7, 35).WithArguments("Stuck", "graph-bad", "Ask"),
                Expect(DiagnosticDescriptors.PhaseWithoutExit, GraphBadPath, 7, 3, 7, 35).WithArguments("Stuck", "graph-bad"),
                Expect(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt, GraphBadPath, 9, 15, 12, 2).WithArguments("graph-bad"),
            },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.DID0007.severity = none\n"));

        // What <WarningsAsErrors>DID0010</WarningsAsErrors> in the project file turns into.
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("DID0010", ReportDiagnostic.Error)));
        });
        await test.RunAsync();
    }

    [Fact]
    public async Task The_sample_strategy_file_is_clean()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "strategies", "retrieval-practice.strategy.sbn");
        await new StrategyFileTest(("/samples/retrieval-practice.strategy.sbn", await File.ReadAllTextAsync(path))).RunAsync();
    }

    [Fact]
    public async Task Policy_rules_are_left_to_the_generator_for_strategy_files()
    {
        // No answer_policy (DID0001) and Disclosure "Always" (DID0002): the generator reports both while it parses the
        // file, so the analyzers must not report them a second time.
        var missing = RetrievalPracticeVariant("no-policy", policy: null);
        var always = RetrievalPracticeVariant("always", "answer_policy = { disclosure: \"Always\" }");
        await new StrategyFileTest(("/s/no-policy.strategy.sbn", missing), ("/s/always.strategy.sbn", always)).RunAsync();
    }

    [Fact]
    public async Task A_file_the_generator_rejects_gets_no_design_diagnostics()
    {
        // Structural errors (an unknown phase in a transition, a bad move) are the generator's DID1xxx errors; the design
        // rules would judge a half-read graph, so they stay silent.
        const string broken = """
            +++
            name = "broken"
            answer_policy = { disclosure: "Never" }
            phases = [ { name: "Ask", move: "Elicitt", start: true }, { name: "Other", move: "Hint" } ]
            transitions = [ { from: "Ask", on: "DontKnow", to: "Nowhere" } ]
            +++
            """;
        await new StrategyFileTest(("/s/broken.strategy.sbn", broken), ("/s/empty.strategy.sbn", string.Empty), ("/s/junk.strategy.sbn", "+++\n{{ x = 1 +++")).RunAsync();
    }

    [Fact]
    public async Task Other_additional_files_are_ignored()
    {
        await new StrategyFileTest(("/templates/hint.sbn", "The answer is {{ Answer }}: 1A 2B 3C"), ("/notes/graph-bad.strategy.txt", GraphBad)).RunAsync();
    }

    [Fact]
    public void The_graph_of_a_file_locates_every_part()
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(ContentBad);
        var graph = StrategyAnalysis.ReadFile(new InMemoryAdditionalText(ContentBadPath, text), CancellationToken.None);

        Assert.NotNull(graph);
        Assert.True(graph.IsStrategyFile);
        Assert.Equal("content-bad", graph.Name);
        Assert.Equal(["Ask", "Feedback", "Done"], graph.Phases.Select(p => p.Name));
        Assert.Equal(3, graph.Transitions.Length);
        Assert.All(graph.Transitions, t => Assert.Equal(ContentBadPath, t.Location!.GetLineSpan().Path));
        Assert.Equal(14, graph.Transitions[0].Location!.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(DisclosureKind.Never, graph.Policy!.Disclosure);
        Assert.Equal(3, graph.Policy.Location!.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(["Look at the units first.", "The answer is 12."], graph.Hints.Select(h => h.Text));
        Assert.Equal(1, graph.ClassLocation.GetLineSpan().StartLinePosition.Line);
    }

    internal static DiagnosticResult Expect(DiagnosticDescriptor descriptor, string path, int startLine, int startColumn, int endLine, int endColumn) =>
        new DiagnosticResult(descriptor).WithSpan(path, startLine, startColumn, endLine, endColumn);

    internal static string RetrievalPracticeVariant(string name, string? policy)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "strategies", "retrieval-practice.strategy.sbn"))
            .Replace("name = \"retrieval-practice\"", "name = \"" + name + "\"", StringComparison.Ordinal);
        var lines = text.Split('\n').Where(l => !l.StartsWith("answer_policy", StringComparison.Ordinal)).ToList();
        if (policy is not null)
        {
            lines.Insert(2, policy);
        }

        return string.Join('\n', lines);
    }

    internal static string GraphBadText => GraphBad;

    internal static string ContentBadText => ContentBad;

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Didactics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Didactics.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Runs all Didactics design analyzers over strategy files given as additional files (and one empty C# file).</summary>
internal sealed class StrategyFileTest : CSharpAnalyzerTest<AnswerPolicyAnalyzer, DefaultVerifier>
{
    public StrategyFileTest(params (string Path, string Text)[] files)
    {
        ReferenceAssemblies = TestReferences.Framework;
        TestReferences.Configure(TestState);
        TestCode = "namespace Demo { }";
        foreach (var file in files)
        {
            TestState.AdditionalFiles.Add((file.Path, file.Text));
        }
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => TestReferences.Analyzers;
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, Microsoft.CodeAnalysis.Text.SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => text;
}
