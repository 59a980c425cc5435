using System.Collections.Immutable;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.Analyzers.Tests;

/// <summary>
/// The package's analyzers read each strategy once per compilation: one entry point runs every design rule on one
/// graph, so a strategy file is read and parsed once (not once per rule group) and a template file once, however many
/// strategies reference it. Counted through the only way the analyzers can get at a file's text, <see cref="AdditionalText.GetText"/>.
/// </summary>
public sealed class SinglePassTests
{
    [Fact]
    public async Task Every_sbn_file_is_read_once_per_compilation_and_every_rule_still_reports()
    {
        var strategyFile = new CountingText("/s/content-bad.strategy.sbn", StrategyFileTests.ContentBadText);
        var graphFile = new CountingText("/s/graph-bad.strategy.sbn", StrategyFileTests.GraphBadText);
        var template = new CountingText("/t/Templates/ask.sbn", "Ask about {{ Problem }} and {{ Answer }}.");
        var unused = new CountingText("/t/Templates/unused.sbn", "{{ Problem }}");
        const string source = """
            using Didactics;

            [Strategy("one")]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, TemplateFile = "Templates/ask.sbn")]
            public partial class One { }

            [Strategy("two")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, TemplateFile = "Templates/ask.sbn", ContentFiles = new[] { "ask.sbn" })]
            public partial class Two { }

            [Strategy("three")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Template = "Ask how to begin.")]
            [Phase("Nudge", PhaseMove.Hint, Template = "Give the next hint.")]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("*", LearnerSignal.DontKnow, "Nudge")]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            public partial class Three { }
            """;
        var compilation = CSharpCompilation.Create(
            "SinglePass",
            [CSharpSyntaxTree.ParseText(source, path: "/src/Strategies.cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var files = ImmutableArray.Create<AdditionalText>(strategyFile, graphFile, template, unused);

        var diagnostics = await compilation
            .WithAnalyzers(TestReferences.Analyzers, new AnalyzerOptions(files))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        // Every rule group ran: policy (DID0001 on One), graph (DID0003, DID0010 in the graph file), content (DID0004 in
        // the template file, three times: One's template, Two's template and content; DID0005 and DID0011 in the
        // content file), pedagogy (DID0013 in the graph file), effort (DID0014 on Three, an ungated hint ladder).
        var ids = diagnostics.Select(d => d.Id).ToList();
        Assert.Contains("DID0001", ids);
        Assert.Contains("DID0003", ids);
        Assert.Contains("DID0010", ids);
        Assert.Contains("DID0005", ids);
        Assert.Contains("DID0011", ids);
        Assert.Contains("DID0013", ids);
        Assert.Contains("DID0014", ids);
        Assert.Equal(3, diagnostics.Count(d => d.Id == "DID0004" && d.Location.GetLineSpan().Path == "/t/Templates/ask.sbn"));

        Assert.Equal(1, strategyFile.Reads);
        Assert.Equal(1, graphFile.Reads);
        Assert.Equal(1, template.Reads);
        Assert.True(unused.Reads <= 1, $"unused.sbn read {unused.Reads} times");
    }

    private sealed class CountingText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return _text;
        }
    }
}
