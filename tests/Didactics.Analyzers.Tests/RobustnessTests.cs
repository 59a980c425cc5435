using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Didactics.Analyzers.Tests;

/// <summary>
/// The analyzers must never throw (an analyzer exception surfaces as AD0001 and hides every real diagnostic). Runs
/// them over hand-written malformed strategies and over deterministic random token mutations of good and bad ones.
/// </summary>
public sealed class RobustnessTests
{
    private const int MutatedSources = 1_000;
    private const int BatchSize = 25;

    private static readonly string[] Replacements =
    [
        "null", "0", "-1", "\"*\"", "\"\"", "\"Ask\"", "(PhaseMove)99", "(LearnerSignal)(-1)", "(Disclosure)42", "true",
        "new[] { null }", "new string[0]", "Start = true", "Terminal = true", "Template = \"{{ Answer }}\"",
        "MinAttempts = int.MinValue", "Disclosure.Always", "PhaseMove.Reveal", "LearnerSignal.AnswerRequest", ",", ")",
        "(", "]", "[", "typeof(int)", "nameof(Bad)", "\"{{\"", "\"1A 2B 3C\"", "default", "Unknown.Member", "1.5", "'c'",
        "\"The answer is 4\"", "Content = null", "Content = new[] { \"{{ Answer }}\", null }", "partial", "static", "<T>",
        "[Phase(\"X\", PhaseMove.Reveal, Start = true)]", "[Transition(\"*\", LearnerSignal.DontKnow, \"Nowhere\")]",
        "[AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 0)]", "[Strategy(null)]", "[Hint(null)]", "class", "{", "}",
    ];

    private static readonly string[] Handwritten =
    [
        """
        using Didactics;
        [Strategy(null)][Phase(null, PhaseMove.Hint)][Phase("A", (PhaseMove)42, Start = true)][Transition(null, (LearnerSignal)99, null)]
        [AnswerPolicy((Disclosure)9, MinAttempts = -5)][Hint(null)]
        public partial class A { }
        """,
        """
        using Didactics;
        [Strategy][Phase][Transition][AnswerPolicy][Hint]
        public partial class B { }
        """,
        """
        using Didactics;
        [Strategy("c")][Phase("A", PhaseMove.Hint, Start = true, Content = null, Template = null)]
        [Phase("B", PhaseMove.Reveal, Content = new string[] { null, "{{ Answer }}" })]
        [Transition("*", LearnerSignal.AnswerRequest, "*")][Transition("*", LearnerSignal.DontKnow, "B")]
        public partial class C { }
        """,
        """
        using Didactics;
        [Strategy("d", Preamble = 12)][Phase(1, 2, Start = "yes")][Transition(1, 2, 3)][AnswerPolicy("never", MinAttempts = "3")][Hint(4)]
        public partial class D { }
        """,
        """
        using Didactics;
        [Strategy("e")] public partial struct E { }
        [Strategy("f")] public partial interface IF { }
        public class Outer { [Strategy("g")][Phase("A", PhaseMove.Reveal, Start = true)] public partial class G<T> { } }
        [Strategy("h")][Phase("A", PhaseMove.Elicit, Start = true)] public partial class H { }
        [Phase("B", PhaseMove.Reveal)][AnswerPolicy(Disclosure.Always)] public partial class H { }
        """,
        """
        using Didactics;
        [Strategy("i")][Phase("A", PhaseMove.Elicit, Start = true, Template = Missing.Constant, Content = new[] { Missing.Other })]
        [Transition("A", LearnerSignal.NoSuchSignal, "A")][AnswerPolicy(Disclosure.NoSuchValue)][Hint(Missing.Hint)]
        public partial class I : MissingBase { }
        """,
        """
        using Didactics;
        [Strategy("j")]
        [Phase("A", PhaseMove.Elicit, Start = true)][Phase("A", PhaseMove.Reveal, Terminal = true)][Phase("B", PhaseMove.Reveal, Start = true)]
        [Transition("A", LearnerSignal.DontKnow, "B")][Transition("B", LearnerSignal.DontKnow, "A")]
        [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 1)]
        public partial class J { }
        """,
        """
        [Didactics.Strategy("k")] public partial class K { }
        public sealed class G1 : Didactics.IAnswerLeakGuard { public Didactics.LeakScanResult Scan(Didactics.Problem p, string r, string h = null) => new(); }
        public sealed class G2 : Didactics.IAnswerLeakGuard { public Didactics.LeakScanResult Scan(Didactics.Problem p, string r, string h = null) { return new(Leak: Missing); } }
        public sealed class G3 : Didactics.IAnswerLeakGuard { public abstract Didactics.LeakScanResult Scan(Didactics.Problem p, string r, string h = null); }
        public sealed class C1 : Didactics.ILearnerSignalClassifier { public Didactics.LearnerSignal Classify(Didactics.Problem p, string m, Didactics.AnswerVerdict v) { switch (m) { case "x" when v.Kind == 0: return Didactics.LearnerSignal.CorrectAttempt; default: return Didactics.LearnerSignal.IncorrectAttempt; } } }
        public sealed class C2 : Didactics.ILearnerSignalClassifier { public Didactics.LearnerSignal Classify(Didactics.Problem p, string m, int v) => Didactics.LearnerSignal.IncorrectAttempt; }
        [global::Didactics.StrategyAttribute("l")][Didactics.PhaseAttribute("A", Didactics.PhaseMove.Reveal, Start = true)] public partial class L { }
        """,
    ];

    [Fact]
    public async Task Analyzers_NeverThrow_OnMalformedOrMutatedStrategies()
    {
        var random = new Random(20251125);
        var seeds = new[] { Sources.WellDesigned, KitchenSink };

        // Hand-written inputs share the global namespace, so each gets its own compilation. Mutated inputs get a
        // namespace of their own and are analyzed BatchSize syntax trees at a time (a syntax error stays in its tree).
        var batches = Handwritten.Select(source => new[] { source }).ToList();
        var batch = new List<string>(BatchSize);
        for (var i = 0; i < MutatedSources; i++)
        {
            var seed = seeds[i % seeds.Length].Replace("namespace Demo;", $"namespace Fuzz{i};").Replace("namespace Bad;", $"namespace Fuzz{i};");
            batch.Add(Mutate(seed, random, 1 + random.Next(4)));
            if (batch.Count == BatchSize)
            {
                batches.Add([.. batch]);
                batch.Clear();
            }
        }

        var failures = new List<string>();
        var reported = new Dictionary<string, int>();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        // One empty compilation with the references bound once; each batch is added to a derived copy of it.
        var empty = CSharpCompilation.Create("Fuzz", [], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        foreach (var sources in batches)
        {
            var compilation = empty.AddSyntaxTrees(sources.Select((source, n) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Fuzz{n}.cs")));
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (exception, analyzer, diagnostic) => failures.Add($"{analyzer.GetType().Name}: {exception}\n--- first source of the batch ---\n{sources[0]}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(TestReferences.Analyzers, options);
            foreach (var diagnostic in await withAnalyzers.GetAnalyzerDiagnosticsAsync())
            {
                if (diagnostic.Id == "AD0001")
                {
                    var tree = diagnostic.Location.SourceTree;
                    failures.Add($"{diagnostic}\n--- source ---\n{tree?.ToString() ?? sources[0]}");
                }

                reported[diagnostic.Id] = reported.GetValueOrDefault(diagnostic.Id) + 1;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));

        // The inputs must actually exercise the rules, or the test above proves nothing.
        var expected = new[] { "DID0001", "DID0002", "DID0003", "DID0004", "DID0005", "DID0006", "DID0007", "DID0008", "DID0009", "DID0010", "DID0011", "DID0012", "DID0013" };
        Assert.All(expected, id => Assert.True(reported.ContainsKey(id), $"{id} was never reported; reported: {string.Join(", ", reported.Keys.Order())}"));
    }

    private const int MutatedStrategyFiles = 2_000;

    private static readonly string[] FileReplacements =
    [
        "\"", "{", "}", "[", "]", ",", ":", "=", "+++", "\n=== Ask ===\n", "\n=== Nowhere content ===\n", "\"Reveal\"", "\"AnswerRequest\"",
        "\"*\"", "true", "false", "null", "-1", "99999999999", "{{ Answer }}", "{{", "}}", "1A 2B 3C", "The answer is 7.", "\"\"",
        "start: true", "terminal: true", "name", "phases", "transitions", "hints", "answer_policy", "x = 1 + 2", "\uFEFF", "\r", "\t", "",
    ];

    [Fact]
    public async Task Analyzers_NeverThrow_OnMalformedOrMutatedStrategyFiles()
    {
        var random = new Random(20251126);
        var seeds = new[]
        {
            StrategyFileTests.RetrievalPracticeVariant("retrieval-practice", "answer_policy = { disclosure: \"AfterAttempts\", min_attempts: 2 }"),
            StrategyFileTests.GraphBadText,
            StrategyFileTests.ContentBadText,
        };

        var inputs = new List<string> { string.Empty, "+++", "+++\n+++", "+++\nname = \"x\"\nphases = []\n+++", "+++\nphases = [{}]\ntransitions = [{}]\nhints = [1]\n+++\n=== ===", "\0\0\0" };
        for (var i = 0; i < MutatedStrategyFiles; i++)
        {
            inputs.Add(MutateFile(seeds[i % seeds.Length], random, 1 + random.Next(4)));
        }

        var failures = new List<string>();
        var reported = new Dictionary<string, int>();
        var compilation = CSharpCompilation.Create("FuzzFiles", [CSharpSyntaxTree.ParseText("namespace Demo { }")], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        foreach (var chunk in inputs.Select((text, n) => (text, n)).Chunk(100))
        {
            var files = chunk.Select(input => (AdditionalText)new InMemoryAdditionalText($"/fuzz/f{input.n}.strategy.sbn", Microsoft.CodeAnalysis.Text.SourceText.From(input.text))).ToImmutableArray();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files),
                onAnalyzerException: (exception, analyzer, diagnostic) => failures.Add($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            foreach (var diagnostic in await compilation.WithAnalyzers(TestReferences.Analyzers, options).GetAnalyzerDiagnosticsAsync())
            {
                if (diagnostic.Id == "AD0001")
                {
                    failures.Add(diagnostic.ToString());
                }

                reported[diagnostic.Id] = reported.GetValueOrDefault(diagnostic.Id) + 1;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));

        // The mutations must keep enough files well-formed for the rules to run, or the test proves nothing.
        var expected = new[] { "DID0003", "DID0004", "DID0005", "DID0007", "DID0008", "DID0009", "DID0010", "DID0011", "DID0013" };
        Assert.All(expected, id => Assert.True(reported.ContainsKey(id), $"{id} was never reported; reported: {string.Join(", ", reported.Keys.Order())}"));
        Assert.DoesNotContain("DID0001", reported.Keys);
        Assert.DoesNotContain("DID0002", reported.Keys);
    }

    /// <summary>Deletes, duplicates or replaces pieces of a strategy file split at punctuation and whitespace.</summary>
    private static string MutateFile(string source, Random random, int mutations)
    {
        var pieces = System.Text.RegularExpressions.Regex.Split(source, @"([\s{}\[\],:=""])").Where(p => p.Length > 0).ToList();
        for (var m = 0; m < mutations && pieces.Count > 1; m++)
        {
            var index = random.Next(pieces.Count - 1);
            switch (random.Next(4))
            {
                case 0:
                    pieces.RemoveAt(index);
                    break;
                case 1:
                    pieces.Insert(index, pieces[index]);
                    break;
                case 2:
                    pieces[index] = FileReplacements[random.Next(FileReplacements.Length)];
                    break;
                default:
                    pieces.Insert(index, FileReplacements[random.Next(FileReplacements.Length)]);
                    break;
            }
        }

        return string.Concat(pieces);
    }

    private static string Mutate(string source, Random random, int mutations)
    {
        var tokens = SyntaxFactory.ParseTokens(source).Select(t => t.ToFullString()).ToList();
        for (var m = 0; m < mutations && tokens.Count > 1; m++)
        {
            var index = random.Next(tokens.Count - 1);
            switch (random.Next(4))
            {
                case 0:
                    tokens.RemoveAt(index);
                    break;
                case 1:
                    tokens.Insert(index, tokens[index]);
                    break;
                case 2:
                    tokens[index] = " " + Replacements[random.Next(Replacements.Length)] + " ";
                    break;
                default:
                    tokens.Insert(index, " " + Replacements[random.Next(Replacements.Length)] + " ");
                    break;
            }
        }

        return string.Concat(tokens);
    }

    private const string KitchenSink = """
        using Didactics;

        namespace Bad;

        [Strategy("homework-machine", Preamble = "Always reply as 1A 2B 3C 4D.")]
        [AnswerPolicy(Disclosure.OnRequest)]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Template = "Nudge the learner towards {{ Answer }}.", Content = new[] { "Key: 1B 2C 3A" })]
        [Phase("Tell", PhaseMove.Reveal)]
        [Phase("Orphan", PhaseMove.Example)]
        [Phase("Stuck", PhaseMove.Probe)]
        [Transition("Ask", LearnerSignal.DontKnow, "Tell")]
        [Transition("Tell", LearnerSignal.Unclassified, "Ask")]
        [Transition("Ask", LearnerSignal.IncorrectAttempt, "Stuck")]
        [Transition("Orphan", LearnerSignal.DontKnow, "Ask")]
        public partial class HomeworkMachine { }

        [Strategy("undecided")]
        [Phase("Ask", PhaseMove.Elicit, Start = true)]
        [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
        [Transition("Ask", LearnerSignal.CorrectAttempt, "Done")]
        [Transition("*", LearnerSignal.AnswerRequest, "Ask")]
        [Hint("The answer is 12.")]
        public partial class Undecided { }
        """;
}
