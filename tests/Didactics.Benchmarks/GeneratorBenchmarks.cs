using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.Benchmarks;

/// <summary>
/// Cold generation for a synthetic project with 500 attributed strategies (4 phases each, instruction templates read
/// from files, inline authored content) and 2,000 <c>.sbn</c> template files: a fresh compilation and a fresh generator
/// driver per operation, so nothing is cached. Target: ≤ 2 s. Sources are parsed once in the setup, as the compiler
/// parses them before any generator runs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class GeneratorBenchmarks
{
    private const int Strategies = 500;
    private const int PhasesPerStrategy = 4;

    private static readonly string[] TemplateBodies =
    [
        "Ask the learner what they notice about {{ Problem }}. Do not give the answer.",
        "{{ if Verdict == \"incorrect\" }}Point at the step to re-check{{ if Diagnosis != \"\" }} ({{ Diagnosis }}){{ end }}.{{ else }}Ask for the next step.{{ end }}",
        "Give hint {{ HintLevel }}: {{ Hint }}\nThen ask {{ Learner | string.downcase }} to try again ({{ Attempts }} attempts so far).",
        "{{~ if Attempts > 2 && !Delegating ~}}\nConsolidate: ask why it works.\n{{~ else ~}}\nAsk for one more attempt.\n{{~ end ~}}",
    ];

    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<AdditionalText> _templates;
    private ImmutableArray<MetadataReference> _references;
    private CSharpParseOptions _parseOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        _references =
        [
            .. Basic.Reference.Assemblies.Net100.References.All,
            MetadataReference.CreateFromFile(typeof(IStrategy).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
        ];

        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(Strategies);
        var templates = ImmutableArray.CreateBuilder<AdditionalText>(Strategies * PhasesPerStrategy);
        for (var s = 0; s < Strategies; s++)
        {
            var source = new StringBuilder();
            source.Append("using Didactics;\nnamespace Synthetic.S").Append(s).Append(";\n");
            source.Append("[Strategy(\"strategy-").Append(s).Append("\", Description = \"Synthetic strategy ").Append(s).Append(".\")]\n");
            string[] names = ["Elicit", "Feedback", "Hint", "Done"];
            string[] moves = ["Elicit", "Feedback", "Hint", "Consolidate"];
            for (var p = 0; p < PhasesPerStrategy; p++)
            {
                var file = "Templates/s" + s + "/" + names[p].ToLowerInvariant() + ".sbn";
                templates.Add(new Template("/synthetic/" + file, TemplateBodies[p] + "\n<!-- strategy " + s + " -->"));
                source.Append("[Phase(\"").Append(names[p]).Append("\", PhaseMove.").Append(moves[p])
                    .Append(p == 0 ? ", Start = true" : string.Empty).Append(p == PhasesPerStrategy - 1 ? ", Terminal = true" : string.Empty)
                    .Append(", TemplateFile = \"").Append(file).Append("\", Content = new[] { \"What do you notice about {{ Problem }}?\", \"Try once more, {{ Learner }}.\" })]\n");
            }

            source.Append("[Transition(\"Elicit\", LearnerSignal.IncorrectAttempt, \"Feedback\")]\n");
            source.Append("[Transition(\"Feedback\", LearnerSignal.DontKnow, \"Hint\")]\n");
            source.Append("[Transition(\"*\", LearnerSignal.CorrectAttempt, \"Done\")]\n");
            source.Append("[AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 2)]\n[Hint(\"general\")]\n[Hint(\"specific\")]\n");
            source.Append("internal partial class Strategy").Append(s).Append(" { }\n");
            trees.Add(CSharpSyntaxTree.ParseText(source.ToString(), _parseOptions, "/synthetic/Strategy" + s + ".cs"));
        }

        _trees = trees.MoveToImmutable();
        _templates = templates.MoveToImmutable();
    }

    /// <summary>Runs the generator once over the whole synthetic project; returns the number of generated files.</summary>
    [Benchmark(Description = "Cold generation: 500 strategies, 2,000 template files")]
    public int ColdGeneration()
    {
        var compilation = CSharpCompilation.Create(
            "Synthetic",
            _trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([new StrategyGenerator().AsSourceGenerator()], _templates, _parseOptions)
            .RunGenerators(compilation);
        var result = driver.GetRunResult();
        if (result.Diagnostics.Length > 0 || result.Results[0].Exception is not null)
        {
            throw new InvalidOperationException("The synthetic project does not generate cleanly: " + string.Join("; ", result.Diagnostics));
        }

        return result.GeneratedTrees.Length;
    }

    private sealed class Template(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
