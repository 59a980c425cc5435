using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Scriban;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// Templates outside the compiled subset (DID1009, Info) are generated with a call to the run-time Scriban renderer,
/// and the generated strategy renders exactly what Scriban renders for the same model.
/// </summary>
public sealed class ScribanFallbackTests
{
    private const string InstructionsTemplate = "Tries: {{ for i in 1..Attempts }}#{{ i }} {{ end }}| {{ Problem | string.truncate 6 }}";

    private static readonly string[] ContentTemplates =
    [
        "{{ Attempts + HintLevel }} / {{ Mastery * 2 }}",
        "{{ Problem | string.upcase | string.replace 'A' '4' }}-{{ Hint | string.size }}",
        "plain {{ Problem }} compiled",
    ];

    private static readonly string Source = "using Didactics;\nnamespace T;\n[Strategy(\"s\")]\n[Phase(\"A\", PhaseMove.Elicit, Start = true, Template = "
        + Quote(InstructionsTemplate) + ", Content = new[] { " + string.Join(", ", ContentTemplates.Select(Quote)) + " })]\ninternal partial class Mixed { }\n";

    private static readonly Lazy<(GeneratorRun Run, Assembly Assembly)> Generated = new(() =>
    {
        var run = GeneratorHarness.Run(Source);
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n\n" + run.AllGeneratedSource);
        return (run, GeneratorHarness.Load(run.Output));
    });

    private static readonly TurnModel[] Models =
    [
        new TurnModel(),
        new TurnModel { Attempts = 3, HintLevel = 2, Problem = "Ünïcode ß and ıi: 1/2 + 1/4", Hint = "Look again", Mastery = 0.1 + 0.2 },
        new TurnModel { Attempts = 1, Problem = "short", Hint = "", Mastery = 1.0 / 3 },
    ];

    [Fact]
    public void Each_unsupported_template_reports_DID1009_as_info_at_its_construct_and_the_compiled_one_stays_compiled()
    {
        var run = Generated.Value.Run;
        var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.All(diagnostics, d =>
        {
            Assert.Equal("DID1009", d.Id);
            Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        });

        // Where each construct starts in the C# source (the template text is written verbatim inside the literals).
        var line = Source.Split('\n')[3];
        string[] constructs = ["for i", "string.truncate", "Attempts + HintLevel", "Mastery * 2", "string.replace", "string.size"];
        Assert.Equal(constructs.Length, diagnostics.Count);
        for (var i = 0; i < constructs.Length; i++)
        {
            var span = diagnostics[i].Location.GetLineSpan().Span;
            Assert.Equal(3, span.Start.Line);
            Assert.True(line.IndexOf(constructs[i], StringComparison.Ordinal) == span.Start.Character,
                $"DID1009 #{i} at column {span.Start.Character}, expected at '{constructs[i]}' (column {line.IndexOf(constructs[i], StringComparison.Ordinal)}): {diagnostics[i].GetMessage(CultureInfo.InvariantCulture)}");
        }

        var generated = run.Source("T.Mixed.g.cs");
        Assert.Contains("__Fallback_2 = new(", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("__Fallback_3", generated, StringComparison.Ordinal);
        // The third content template is inside the subset: it is compiled, not rendered by Scriban.
        Assert.Contains("output.Append(\" compiled\");", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_strategy_renders_exactly_what_Scriban_renders()
    {
        var strategy = (IStrategy)Activator.CreateInstance(Generated.Value.Assembly.GetType("T.Mixed", throwOnError: true)!)!;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            foreach (var model in Models)
            {
                var output = new StringBuilder("prefix:");
                strategy.RenderInstructions(0, model, output);
                Assert.Equal("prefix:" + Template.Parse(InstructionsTemplate).Render(model, m => m.Name), output.ToString());

                for (var c = 0; c < ContentTemplates.Length; c++)
                {
                    output.Clear();
                    Assert.True(strategy.RenderContent(0, c, model, output));
                    Assert.Equal(Template.Parse(ContentTemplates[c]).Render(model, m => m.Name), output.ToString());
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
