using System.Globalization;
using System.Reflection;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// Differential tests of the compiled renderer against Scriban (issue 8): the shipped built-in strategies' generated
/// renderers, and a seeded corpus of generated templates over random models. Scriban runs with
/// <c>MemberRenamer = m => m.Name</c> under a culture with unusual casing and number rules, so both sides must be
/// culture-invariant.
/// </summary>
public sealed class DifferentialCorpusTests
{
    private const int Seed = 20261125;
    private const int CorpusSize = 600;

    private static readonly Lazy<Corpus> Generated = new(Corpus.Build);

    [Fact]
    public void Built_in_strategies_render_exactly_what_Scriban_renders()
    {
        var strategies = typeof(IStrategy).Assembly.GetTypes()
            .Where(t => t.Namespace == "Didactics" && t.GetCustomAttribute<StrategyAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        Assert.True(strategies.Count >= 3, "expected the built-in strategies in Didactics.Strategies, found " + strategies.Count);

        var compared = 0;
        WithCulture(() =>
        {
            foreach (var type in strategies)
            {
                var strategy = (IStrategy)Activator.CreateInstance(type)!;
                var phases = type.GetCustomAttributes<PhaseAttribute>().ToDictionary(p => p.Name, StringComparer.Ordinal);
                for (var phase = 0; phase < strategy.Descriptor.Phases.Length; phase++)
                {
                    var declared = phases[strategy.Descriptor.Phases[phase].Name];
                    var where = $"{type.Name}.{declared.Name}";
                    foreach (var model in Models)
                    {
                        if (declared.Template is { } template)
                        {
                            var output = new StringBuilder();
                            strategy.RenderInstructions(phase, model, output);
                            AssertSame(where + " template", template, model, output.ToString());
                            compared++;
                        }

                        var contents = declared.Content ?? [];
                        for (var variant = 0; variant < contents.Length; variant++)
                        {
                            var output = new StringBuilder();
                            Assert.True(strategy.RenderContent(phase, variant, model, output), where + " has content but RenderContent returned false");
                            AssertSame($"{where} content[{variant}]", contents[variant], model, output.ToString());
                            compared++;
                        }
                    }
                }
            }
        });

        Assert.True(compared > 100, "compared only " + compared + " renders");
    }

    [Fact]
    public void Generated_corpus_renders_exactly_what_Scriban_renders()
    {
        var corpus = Generated.Value;
        Assert.True(corpus.Templates.Count >= 500);
        var failures = new List<string>();
        WithCulture(() =>
        {
            for (var i = 0; i < corpus.Templates.Count; i++)
            {
                var render = corpus.Renderer(i);
                var parsed = Template.Parse(corpus.Templates[i]);
                Assert.False(parsed.HasErrors, $"corpus template {i} does not parse: {string.Join("; ", parsed.Messages)}\n{corpus.Templates[i]}");
                for (var m = 0; m < corpus.Models.Count; m++)
                {
                    var model = corpus.Models[m];
                    var expected = RenderScriban(parsed, model);
                    var output = new StringBuilder();
                    render(model, output);
                    if (!string.Equals(expected, output.ToString(), StringComparison.Ordinal) && failures.Count < 5)
                    {
                        failures.Add($"template {i}: {corpus.Templates[i]}\nmodel {m}: {Describe(model)}\nScriban:  [{expected}]\ncompiled: [{output}]");
                    }
                }
            }
        });

        Assert.True(failures.Count == 0, "The compiled renderer differs from Scriban:\n\n" + string.Join("\n\n", failures));
    }

    [Fact]
    public void Generated_corpus_covers_the_supported_subset()
    {
        // The corpus must exercise every construct of the subset, or a passing differential test proves little.
        var all = string.Join("\n", Generated.Value.Templates);
        foreach (var construct in new[]
                 {
                     "{{ if ", "{{ else if ", "{{ else }}", "{{ end }}", "!", "&&", "||", "==", "!=", "<", ">", "<=", ">=",
                     "| string.upcase", "| string.downcase", "Attempts", "Problem", "Delegating", "EffortRequired", "Mastery", "DelegationShare",
                 })
        {
            Assert.Contains(construct, all, StringComparison.Ordinal);
        }
    }

    private static void AssertSame(string where, string template, TurnModel model, string actual)
    {
        var parsed = Template.Parse(template);
        Assert.False(parsed.HasErrors, where + ": " + string.Join("; ", parsed.Messages));
        var expected = RenderScriban(parsed, model);
        Assert.True(string.Equals(expected, actual, StringComparison.Ordinal),
            $"{where} differs for model {Describe(model)}\nScriban:  [{expected}]\ncompiled: [{actual}]");
    }

    private static string RenderScriban(Template template, TurnModel model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: m => m.Name);
        var context = new TemplateContext { MemberRenamer = m => m.Name };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static void WithCulture(Action action)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string Describe(TurnModel model) => string.Join(", ", typeof(TurnModel).GetProperties()
        .Select(p => p.Name + "=" + Convert.ToString(p.GetValue(model), CultureInfo.InvariantCulture)));

    /// <summary>Models for the built-in strategies: both content languages, with and without hints, diagnoses and attempts.</summary>
    private static readonly TurnModel[] Models =
    [
        new TurnModel(),
        new TurnModel
        {
            Strategy = "socratic", Phase = "Probe", Problem = "Solve x + 4 = 8. What is x?", Learner = "I think x = 5", Signal = "IncorrectAttempt",
            Verdict = "incorrect", Diagnosis = "added instead of subtracting", Attempts = 1, HintLevel = 0, Language = "en",
        },
        new TurnModel
        {
            Strategy = "socratic", Phase = "Hint", Problem = "Los op: x + 4 = 8", Learner = "geen idee", Signal = "DontKnow", Verdict = "none",
            Attempts = 3, HintLevel = 2, Hint = "Wat gebeurt er met de 4?", Language = "nl", Example = "1. a\n2. b", FadedExample = "1. a\n2. ...",
        },
        new TurnModel
        {
            Problem = "Ünïcode ß and ıi: 1/2 + 1/4", Learner = "It Is 3/4", Attempts = 5, HintLevel = 4, Hint = "Look at İ", Language = "nl", Answer = "3/4",
            Mastery = 0.1 + 0.2, DelegationShare = 0.75, Delegating = true, EffortRequired = true, AttemptsNeeded = 2, Mode = "DirectiveDelegation",
        },
        new TurnModel { Attempts = 0, Language = "de", Hint = "", Diagnosis = "", Mastery = 1.0 / 3, DelegationShare = 1e21, AttemptsNeeded = -1 },
    ];

    /// <summary>The seeded corpus: templates, their renderers compiled in one compilation, and random models.</summary>
    private sealed class Corpus
    {
        private readonly Type _renderers;

        private Corpus(List<string> templates, List<TurnModel> models, Type renderers)
        {
            Templates = templates;
            Models = models;
            _renderers = renderers;
        }

        public List<string> Templates { get; }

        public List<TurnModel> Models { get; }

        public Action<TurnModel, StringBuilder> Renderer(int index) =>
            (Action<TurnModel, StringBuilder>)Delegate.CreateDelegate(typeof(Action<TurnModel, StringBuilder>),
                _renderers.GetMethod("T" + index, BindingFlags.Public | BindingFlags.Static)!);

        public static Corpus Build()
        {
            var random = new Random(Seed);
            var generator = new TemplateGenerator(random);
            var templates = new List<string>(CorpusSize);
            for (var i = 0; i < CorpusSize; i++)
            {
                templates.Add(generator.Template());
            }

            var models = new List<TurnModel>();
            for (var i = 0; i < 12; i++)
            {
                models.Add(RandomModel(random));
            }

            // All renderers in one compilation: compiling hundreds of small compilations would dominate the test time.
            var members = typeof(TurnModel).GetProperties()
                .Select(p => new ModelMemberSpec(p.Name, p.PropertyType == typeof(string) ? ModelMemberKind.String
                    : p.PropertyType == typeof(int) ? ModelMemberKind.Int32
                    : p.PropertyType == typeof(bool) ? ModelMemberKind.Boolean
                    : p.PropertyType == typeof(double) ? ModelMemberKind.Double : ModelMemberKind.Unsupported))
                .ToEquatableArray();
            var source = new StringBuilder("#pragma warning disable CS1591\npublic static class CorpusRenderers\n{\n");
            for (var i = 0; i < templates.Count; i++)
            {
                var problems = new List<TemplateProblem>();
                var code = TemplateCompiler.Compile(templates[i], "corpus " + i, members, problems);
                Assert.True(code is not null,
                    $"Corpus template {i} is in the supported subset but did not compile: {string.Join("; ", problems.Select(p => p.DescriptorId + " " + string.Join(", ", p.Arguments)))}\n{templates[i]}");
                source.Append("    public static void T").Append(i).Append("(global::Didactics.TurnModel model, global::System.Text.StringBuilder output)\n    {\n");
                foreach (var line in code!.Value)
                {
                    source.Append("        ").Append(line).Append('\n');
                }

                source.Append("    }\n");
            }

            source.Append("}\n");
            // Emit once and read the warnings from the emit result (GetDiagnostics would compile everything a second time).
            var compilation = GeneratorHarness.CreateCompilation(source.ToString());
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            var warnings = emit.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Take(10).ToList();
            Assert.True(emit.Success && warnings.Count == 0, string.Join("\n", warnings));
            stream.Position = 0;
            var assembly = new System.Runtime.Loader.AssemblyLoadContext("corpus", isCollectible: true).LoadFromStream(stream);
            return new Corpus(templates, models, assembly.GetType("CorpusRenderers", throwOnError: true)!);
        }

        private static readonly string?[] Strings = ["", "a", "same", "Same", "correct", "incorrect", "none", "nl", "en", "İstanbul ıi", "Straße", "x = 4", "3/4", " spaced ", "\"quoted\"", "{{ Answer }}", null];
        private static readonly int[] Ints = [0, 1, 2, 3, -1, -3, 5, 10, 1234567, int.MinValue];
        private static readonly double[] Doubles = [0, 0.5, 0.25, 1, -0.5, 0.1 + 0.2, 1.0 / 3, 1e-5, 1e21, 2.5, 3];

        private static TurnModel RandomModel(Random random)
        {
            string Str() => Strings[random.Next(Strings.Length)]!;
            int Int() => Ints[random.Next(Ints.Length)];
            double Dbl() => Doubles[random.Next(Doubles.Length)];
            return new TurnModel
            {
                Strategy = Str(), Phase = Str(), Problem = Str(), Learner = Str(), Signal = Str(), Verdict = Str(), Diagnosis = Str(),
                Attempts = Int(), HintLevel = Int(), Hint = Str(), Language = Str(), Answer = Str(), Example = Str(), FadedExample = Str(),
                Mode = Str(), DelegationShare = Dbl(), Delegating = random.Next(2) == 0, EffortRequired = random.Next(2) == 0,
                AttemptsNeeded = Int(), Mastery = Dbl(),
            };
        }
    }

    /// <summary>Random templates from the compiled subset, well-typed so that every one must compile.</summary>
    private sealed class TemplateGenerator(Random random)
    {
        private static readonly string[] StringMembers = typeof(TurnModel).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name).ToArray();
        private static readonly string[] IntMembers = typeof(TurnModel).GetProperties().Where(p => p.PropertyType == typeof(int)).Select(p => p.Name).ToArray();
        private static readonly string[] BoolMembers = typeof(TurnModel).GetProperties().Where(p => p.PropertyType == typeof(bool)).Select(p => p.Name).ToArray();
        private static readonly string[] DoubleMembers = typeof(TurnModel).GetProperties().Where(p => p.PropertyType == typeof(double)).Select(p => p.Name).ToArray();
        private static readonly string[] Texts = ["Hello ", "Ask one question. ", "x + 4 = 8", "\n", " ", "Ünïcode İı ß ", "'single' ", "\"double\" ", "a\\b ", "100% ", "}", "{ ", "tab\t", "\r\n"];
        private static readonly string[] StringLiterals = ["''", "'correct'", "'nl'", "\"en\"", "'same'", "'İstanbul ıi'", "'x = 4'"];
        private static readonly string[] Comparisons = ["==", "!=", "<", ">", "<=", ">="];

        public string Template()
        {
            var sb = new StringBuilder();
            Block(sb, depth: 0);
            return sb.ToString();
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        private void Block(StringBuilder sb, int depth)
        {
            var items = random.Next(1, depth == 0 ? 5 : 3);
            for (var i = 0; i < items; i++)
            {
                var roll = random.Next(10);
                if (roll < 3)
                {
                    sb.Append(Pick(Texts));
                }
                else if (roll < 7 || depth >= 2)
                {
                    Output(sb);
                }
                else
                {
                    If(sb, depth);
                }
            }
        }

        private void Output(StringBuilder sb)
        {
            var open = random.Next(12) == 0 ? "{{~ " : "{{ ";
            var close = random.Next(12) == 0 ? " ~}}" : " }}";
            sb.Append(open);
            switch (random.Next(9))
            {
                case 0:
                case 1:
                case 2:
                    sb.Append(Pick(StringMembers)).Append(Pipes());
                    break;
                case 3:
                    sb.Append(Pick(IntMembers)).Append(random.Next(4) == 0 ? Pipes() : "");
                    break;
                case 4:
                    sb.Append(Pick(BoolMembers));
                    break;
                case 5:
                    sb.Append(Pick(DoubleMembers));
                    break;
                case 6:
                    sb.Append(Pick(StringLiterals)).Append(Pipes());
                    break;
                case 7:
                    sb.Append(random.Next(0, 100).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(Condition(0));
                    break;
            }

            sb.Append(close);
        }

        private string Pipes() => random.Next(3) switch
        {
            0 => " | string.upcase",
            1 => " | string.downcase",
            _ => random.Next(4) == 0 ? " | string.upcase | string.downcase" : "",
        };

        private void If(StringBuilder sb, int depth)
        {
            sb.Append("{{ if ").Append(Condition(0)).Append(" }}");
            Block(sb, depth + 1);
            var elseIfs = random.Next(3) == 0 ? random.Next(1, 3) : 0;
            for (var i = 0; i < elseIfs; i++)
            {
                sb.Append("{{ else if ").Append(Condition(0)).Append(" }}");
                Block(sb, depth + 1);
            }

            if (random.Next(2) == 0)
            {
                sb.Append("{{ else }}");
                Block(sb, depth + 1);
            }

            sb.Append("{{ end }}");
        }

        private string Condition(int depth)
        {
            var roll = depth >= 1 ? random.Next(6) : random.Next(10);
            return roll switch
            {
                < 5 => Atom(),
                5 => "!" + Parenthesized(Atom()),
                6 or 7 => Condition(depth + 1) + " && " + Condition(depth + 1),
                8 => Condition(depth + 1) + " || " + Condition(depth + 1),
                _ => "!(" + Condition(depth + 1) + ")",
            };
        }

        private string Parenthesized(string atom) => atom.Contains(' ') ? "(" + atom + ")" : atom;

        private string Atom() => random.Next(10) switch
        {
            0 => Pick(StringMembers) + (random.Next(2) == 0 ? " == " : " != ") + Pick(StringLiterals),
            1 => Pick(StringMembers) + (random.Next(2) == 0 ? " == " : " != ") + Pick(StringMembers),
            2 => Pick(IntMembers) + " " + Pick(Comparisons) + " " + random.Next(0, 6).ToString(CultureInfo.InvariantCulture),
            3 => Pick(IntMembers) + " " + Pick(Comparisons) + " " + Pick(IntMembers),
            4 => Pick(DoubleMembers) + " " + Pick(Comparisons) + " " + Pick(["0", "1", "3", "2"]), // double literals and unary minus are outside the subset (DID1009)
            5 => Pick(DoubleMembers) + " " + Pick(Comparisons) + " " + Pick(DoubleMembers),
            6 => Pick(BoolMembers),
            7 => Pick(BoolMembers) + (random.Next(2) == 0 ? " == " : " != ") + (random.Next(2) == 0 ? "true" : "false"),
            8 => Pick(StringMembers),
            _ => random.Next(2) == 0 ? Pick(IntMembers) : Pick(["true", "false"]),
        };
    }
}
