using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// Feeds many mutated templates, attributed strategy classes, template files and strategy files through the generator and
/// every design analyzer: nothing may throw (no CS8785 from the generator, no AD0001 from an analyzer).
/// </summary>
public sealed class FuzzTests
{
    private const int Rounds = 200;
    private const int ClassesPerRound = 35;
    private const int TemplateFilesPerRound = 10;
    private const int StrategyFilesPerRound = 10;

    private static readonly string[] Tokens =
    [
        "{{", "}}", "{{~", "~}}", "{{-", "-}}", " if ", " else ", " else if ", " end ", " for x in ", " while ", "|", " string.upcase ",
        " string.downcase ", "Problem", "Attempts", "Mastery", "Delegating", "Nope", "\"", "'", "(", ")", "&&", "||", "!", "==", "!=", "<", ">=",
        "0", "1.5", "-", "+", "=", "\n", "\r\n", "#", "[", "]", "{", "}", ",", ":", "\\", "\0", "é", "+++", "===", " content ", "*", "}}}}", "{{{{",
    ];

    private static readonly string[] Seeds =
    [
        "Ask about {{ Problem }}.",
        "{{ if Attempts > 1 && Verdict == \"incorrect\" }}Try {{ Hint | string.upcase }}{{ else if !Hint }}no{{ else }}x{{ end }}",
        "{{~ Learner ~}} said {{ Learner | string.downcase | string.upcase }} ({{ Mastery }}, {{ Delegating }})",
        "line\n{{ if (Attempts >= 0) || HintLevel != 2 }}\n  nested {{ if true }}{{ 'lit' }}{{ end }}\n{{ end }}",
    ];

    private static string SampleStrategyFile([CallerFilePath] string caller = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(caller)!, "../../samples/strategies/retrieval-practice.strategy.sbn"));

    private static string Mutate(Random random, string text)
    {
        var builder = new System.Text.StringBuilder(text);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                case 1:
                    builder.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2 when builder.Length > 0:
                    var length = Math.Min(builder.Length - Math.Min(at, builder.Length - 1), 1 + random.Next(8));
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Max(0, length));
                    break;
                case 3 when builder.Length > 2:
                    var from = random.Next(builder.Length - 1);
                    builder.Insert(at, builder.ToString(from, Math.Min(builder.Length - from, 1 + random.Next(12))));
                    break;
                default:
                    builder.Insert(at, (char)random.Next(1, 0x2FF));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string CSharpLiteral(Random random, string template) =>
        random.Next(3) switch
        {
            0 => SymbolDisplay.FormatLiteral(template, quote: true),
            1 => "@\"" + template.Replace("\"", "\"\"") + "\"",
            _ => "\"\"\"\n" + template.Replace("\"\"\"", "\" \" \"") + "\n\"\"\"",
        };

    private static string StrategyClass(Random random, int index)
    {
        var template = Mutate(random, Seeds[random.Next(Seeds.Length)]);
        var content = Mutate(random, Seeds[random.Next(Seeds.Length)]);
        var source = $$"""
            using Didactics;
            namespace Fuzz{{index}};
            [Strategy("s{{index}}", Description = "d")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = {{CSharpLiteral(random, template)}}, Content = new[] { {{CSharpLiteral(random, content)}} })]
            [Phase("B", PhaseMove.Probe, TemplateFile = "t{{random.Next(TemplateFilesPerRound + 2)}}.sbn")]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("A", LearnerSignal.IncorrectAttempt, "B")]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 2)]
            [Hint("h")]
            internal partial class S{{index}} { }
            """;

        // Every third class also gets mutated C# around the templates (broken attributes, arguments, class shapes).
        return index % 3 == 0 ? Mutate(random, source) : source;
    }

    [Fact]
    public async Task Ten_thousand_mutated_inputs_never_crash_the_generator_or_an_analyzer()
    {
        var random = new Random(20261125);
        var strategyFile = SampleStrategyFile();
        var analyzers = typeof(StrategyGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var inputs = 0;
        var failures = new List<string>();

        for (var round = 0; round < Rounds && failures.Count == 0; round++)
        {
            var sources = Enumerable.Range(0, ClassesPerRound).Select(i => StrategyClass(random, i)).ToArray();
            var files = new List<AdditionalText>();
            for (var i = 0; i < TemplateFilesPerRound; i++)
            {
                files.Add(new InMemoryAdditionalText($"/fuzz/t{i}.sbn", Mutate(random, Seeds[random.Next(Seeds.Length)])));
            }

            for (var i = 0; i < StrategyFilesPerRound; i++)
            {
                files.Add(new InMemoryAdditionalText($"/fuzz/f{i}.strategy.sbn", Mutate(random, strategyFile)));
            }

            // Templates: 2 per class (template + content) and the template files; strategies: classes and strategy files.
            inputs += (ClassesPerRound * 3) + TemplateFilesPerRound + StrategyFilesPerRound;

            var compilation = GeneratorHarness.CreateCompilation(sources);
            var driver = GeneratorHarness.CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            var result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null || generatorDiagnostics.Any(d => d.Id == "CS8785"))
            {
                failures.Add($"round {round}: generator threw {result.Exception}\n{string.Join("\n---\n", sources)}");
                break;
            }

            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files.ToImmutableArray()),
                onAnalyzerException: (ex, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + ex); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = await output.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            if (exceptions.Count > 0 || diagnostics.Any(d => d.Id == "AD0001"))
            {
                failures.Add($"round {round}: analyzer threw {string.Join("\n", exceptions)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(inputs >= 10_000, $"only {inputs} inputs");
    }
}
