using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.SourceGeneration.Tests;

/// <summary>Strategies written as <c>*.strategy.sbn</c> files (no C#).</summary>
public sealed class StrategyFileTests
{
    private const string Path = "/src/App/Strategies/recall.strategy.sbn";

    private static string SamplePath([CallerFilePath] string caller = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(caller)!, "../../samples/strategies/retrieval-practice.strategy.sbn"));

    private const string Minimal = """
        +++
        name = "recall"
        answer_policy = { disclosure: "Never" }
        phases = [
          { name: "Ask", move: "Elicit", start: true },
          { name: "Done", move: "Consolidate", terminal: true },
        ]
        transitions = [ { from: "Ask", on: "CorrectAttempt", to: "Done" } ]
        +++
        === Ask ===
        Ask about {{ Problem }}.
        === Ask content ===
        What about {{ Problem }}?
        === Done content ===
        Well done.
        """;

    [Fact]
    public void The_sample_strategy_file_compiles_to_the_same_pipeline_and_runs()
    {
        var text = File.ReadAllText(SamplePath());
        var run = GeneratorHarness.RunCleanWithFiles([], (SamplePath(), text));
        Snapshot.Verify(run.Source("Consumer.Strategies.RetrievalPracticeStrategy.g.cs"), nameof(The_sample_strategy_file_compiles_to_the_same_pipeline_and_runs), "RetrievalPracticeStrategy.g.cs");

        var assembly = GeneratorHarness.Load(run.Output);
        var strategy = (IStrategy)Activator.CreateInstance(assembly.GetType("Consumer.Strategies.RetrievalPracticeStrategy")!)!;
        var descriptor = strategy.Descriptor;
        Assert.Equal("retrieval-practice", descriptor.Name);
        Assert.Equal(["Recall", "Feedback", "Hint", "Redirect", "Done"], descriptor.Phases.Select(p => p.Name));
        Assert.Equal(new AnswerPolicy(Disclosure.AfterAttempts, 2, true), descriptor.AnswerPolicy);
        Assert.Equal(2, descriptor.Hints.Length);
        Assert.Equal(1, strategy.NextPhase(0, LearnerSignal.IncorrectAttempt));
        Assert.Equal(2, strategy.NextPhase(0, LearnerSignal.DontKnow));
        Assert.Equal(4, strategy.NextPhase(2, LearnerSignal.CorrectAttempt));
        Assert.Equal(3, strategy.NextPhase(1, LearnerSignal.AnswerRequest));
        Assert.Equal(-1, strategy.NextPhase(4, LearnerSignal.CorrectAttempt));

        var output = new System.Text.StringBuilder();
        strategy.RenderInstructions(1, new TurnModel { Verdict = "incorrect", Diagnosis = "adds the denominators" }, output);
        Assert.Equal(
            "The learner's attempt was incorrect. A likely misconception: adds the denominators.\nTell them which part of their reasoning to re-check, without correcting it for them.",
            output.ToString().Replace("\r\n", "\n"));
        output.Clear();
        Assert.True(strategy.RenderContent(0, 0, new TurnModel { Problem = "1/2 + 1/3" }, output));
        Assert.Equal("1/2 + 1/3 Before I explain anything: how would you start?", output.ToString());
        Assert.NotNull(descriptor.TransparencyCard);
    }

    [Fact]
    public void Namespace_and_class_can_be_declared_and_the_registration_method_is_generated()
    {
        var text = Minimal.Replace("name = \"recall\"", "name = \"recall\"\nnamespace = \"My.Tutors\"\nclass = \"Recall\"");
        var run = GeneratorHarness.RunCleanWithFiles([], (Path, text));
        var source = run.Source("My.Tutors.Recall.g.cs");
        Assert.Contains("public partial class Recall : global::Didactics.IStrategy", source);
        Assert.Contains("AddRecall(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services)", source);
    }

    [Fact]
    public void A_strategy_file_and_an_attributed_class_with_the_same_name_are_DID1002()
    {
        const string cs = """
            using Didactics;
            namespace T;
            /// <summary>Clash.</summary>
            [Strategy("recall")]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true)]
            [AnswerPolicy(Disclosure.Never)]
            public partial class Clash { }
            """;
        var run = GeneratorHarness.RunWithFiles([cs], (Path, Minimal));
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "DID1002"));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "DID1002" && d.Location.GetLineSpan().Path == Path);
    }

    [Fact]
    public void Editing_one_strategy_file_regenerates_only_that_strategy()
    {
        var first = new InMemoryAdditionalText(Path, Minimal);
        var second = new InMemoryAdditionalText("/src/App/Strategies/other.strategy.sbn", Minimal.Replace("\"recall\"", "\"other\""));
        var compilation = GeneratorHarness.CreateCompilation(Sources.Socratic);
        var driver = GeneratorHarness.CreateDriver([first, second], trackSteps: true).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(first, new InMemoryAdditionalText(Path, Minimal.Replace("Ask about", "Ask again about")));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var compiled = result.TrackedSteps[TrackingNames.CompiledStrategyFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Single(compiled, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(compiled, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.All(result.TrackedSteps[TrackingNames.EmitSpecs].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        var emitted = result.TrackedSteps[TrackingNames.FileEmitSpecs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Single(emitted, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(emitted, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        // Without a RootNamespace property the assembly name is the root namespace.
        Assert.Contains("Ask again about", result.GeneratedSources.Single(s => s.HintName == "Consumer.Tests.Strategies.RecallStrategy.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Two_strategy_files_producing_the_same_class_are_DID1012_not_a_crash()
    {
        // Found by the fuzz test: the same class (and hint name) from two files made the generator throw.
        var second = Minimal.Replace("name = \"recall\"", "name = \"recall-2\"\nclass = \"RecallStrategy\"");
        var run = GeneratorHarness.RunWithFiles([], (Path, Minimal), ("/src/App/Strategies/other.strategy.sbn", second));
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "DID1012" && d.GetMessage().Contains("the generated class 'Consumer.Strategies.RecallStrategy' is also declared by", StringComparison.Ordinal)));
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Theory]
    [InlineData("move: \"Elict\"", "move: \"Elicit\", start", "DID1012", "'move' must be one of Elicit, Probe, Hint, Feedback, Example, Redirect, Consolidate, Reveal (did you mean 'Elicit'?)", "\"Elict\"")]
    [InlineData("to: \"Dnoe\"", "to: \"Done\"", "DID1004", "Phase 'Dnoe' is not declared in strategy 'recall'; did you mean 'Done'?", "\"Dnoe\"")]
    [InlineData("on: \"Correct\"", "on: \"CorrectAttempt\"", "DID1012", "'on' must be one of", "\"Correct\"")]
    [InlineData("namee = \"recall\"", "name = \"recall\"", "DID1012", "unknown key 'namee' (did you mean 'name'?)", "namee")]
    [InlineData("{ name: \"Done\", move: \"Consolidate\", terminal: true }", "{ name: \"Done\", move: \"Consolidate\", terminal: true }", null, null, null)]
    public void Front_matter_mistakes_are_located_at_the_value_in_the_file(string replacement, string original, string? id, string? message, string? marked)
    {
        var text = Minimal.Replace(original == "move: \"Elicit\", start" ? "move: \"Elicit\", start" : original, original == "move: \"Elicit\", start" ? "move: \"Elict\", start" : replacement);
        var run = GeneratorHarness.RunWithFiles([], (Path, text));
        if (id is null)
        {
            Assert.Empty(run.GeneratorDiagnostics);
            return;
        }

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id && d.GetMessage().Contains(message!, StringComparison.Ordinal));
        Assert.Contains(message!, diagnostic.GetMessage());
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(marked, text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        var line = diagnostic.Location.GetLineSpan().StartLinePosition;
        var lines = text.Split('\n');
        Assert.StartsWith(marked!, lines[line.Line][line.Character..]);
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void A_template_error_in_a_section_is_reported_at_the_file_line_and_column()
    {
        var text = Minimal.Replace("Ask about {{ Problem }}.", "Ask about\n  {{ Problme }}.");
        var run = GeneratorHarness.RunWithFiles([], (Path, text));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DID1007", diagnostic.Id);
        var lines = text.Split('\n');
        var expectedLine = Array.FindIndex(lines, l => l.Contains("Problme"));
        Assert.Equal(new LinePosition(expectedLine, 5), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("Problme", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Theory]
    [InlineData("name = \"recall\"", "name = \"recall\" +", "the front matter does not parse")]
    [InlineData("=== Ask ===", "=== Aks ===", "section 'Aks' names no phase declared in 'phases' (did you mean 'Ask'?)")]
    [InlineData("+++\nname", "name", "the file must start with a '+++' line")]
    [InlineData("name = \"recall\"", "name = \"recall\"\nhints = [ 1 + 2 ]", "the front matter")]
    [InlineData("name = \"recall\"", "name = \"recall\"\nfor x in [1]; end", "may only contain assignments of literal values")]
    [InlineData("=== Ask content ===", "=== Ask ===", "phase 'Ask' has two instruction sections")]
    [InlineData("+++\n=== Ask ===", "+++\nstray text\n=== Ask ===", "text after the front matter must be inside a section")]
    public void Malformed_files_are_DID1012_with_a_message_that_says_what_to_fix(string original, string replacement, string message)
    {
        var text = Minimal.Replace(original, replacement);
        var run = GeneratorHarness.RunWithFiles([], (Path, text));
        Assert.Contains(run.GeneratorDiagnostics, d => (d.Id == "DID1012" || d.Id == "DID1006") && d.GetMessage().Contains(message, StringComparison.Ordinal));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(Path, d.Location.GetLineSpan().Path));
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void A_missing_answer_policy_is_DID0001_in_the_file_and_the_strategy_is_still_generated()
    {
        var text = Minimal.Replace("answer_policy = { disclosure: \"Never\" }\n", string.Empty);
        var run = GeneratorHarness.RunWithFiles([], (Path, text));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DID0001", diagnostic.Id);
        Assert.Equal("\"recall\"", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName == "Consumer.Strategies.RecallStrategy.g.cs");
    }

    [Theory]
    [InlineData("{ disclosure: \"Always\" }", "\"Always\"", "Disclosure.Always discloses it at any time")]
    [InlineData("{ disclosure: \"OnRequest\" }", "\"OnRequest\"", "Disclosure.OnRequest discloses it whenever the learner asks")]
    [InlineData("{ disclosure: \"AfterAttempts\", min_attempts: 0 }", "0", "Disclosure.AfterAttempts with min_attempts = 0 requires no attempt")]
    [InlineData("{ disclosure: \"AfterAttempts\" }", "\"AfterAttempts\"", "Disclosure.AfterAttempts with min_attempts = 0 requires no attempt")]
    [InlineData("{ disclosure: \"AfterAttempts\", min_attempts: 1 }", null, null)]
    public void A_policy_that_discloses_before_any_attempt_is_DID0002_at_the_value_that_allows_it(string policy, string? marked, string? reason)
    {
        // The same reasons as the DID0002 analyzer gives for [AnswerPolicy]; the analyzers skip DID0001/DID0002 for files.
        var text = Minimal.Replace("{ disclosure: \"Never\" }", policy);
        var run = GeneratorHarness.RunWithFiles([], (Path, text));
        if (reason is null)
        {
            Assert.Empty(run.GeneratorDiagnostics);
            return;
        }

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("DID0002", diagnostic.Id);
        Assert.Equal($"The answer policy of strategy 'recall' lets the learner obtain the answer before making any attempt ({reason}); this allows pure answer delegation", diagnostic.GetMessage());
        Assert.Equal(marked, text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName == "Consumer.Strategies.RecallStrategy.g.cs");
    }
}
