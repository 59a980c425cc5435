using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Didactics.SourceGeneration.Tests;

public sealed class IncrementalityTests
{
    [Fact]
    public void Adding_an_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.CreateCompilation(Sources.Socratic, Sources.GlobalNamespace);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        AssertNoForbiddenTypes(first);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { public static int Value => 42; }", GeneratorHarness.ParseOptions, path: "Unrelated.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllStepsCachedOrUnchanged(second);
        AssertNoForbiddenTypes(second);
        // The diagnostics output is combined with the compilation (to give pragma-suppressible tree locations), so it
        // re-runs on every compilation change by design; it reports nothing new and no source output is re-emitted.
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Editing_an_unrelated_method_body_leaves_every_step_cached_or_unchanged()
    {
        const string unrelated = "internal static class Unrelated { public static int Value => 42; }";
        var compilation = GeneratorHarness.CreateCompilation(Sources.Socratic, unrelated);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var oldTree = compilation.SyntaxTrees.Single(t => t.FilePath == "File1.cs");
        var newTree = oldTree.WithChangedText(oldTree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(
            new Microsoft.CodeAnalysis.Text.TextSpan(unrelated.IndexOf("42", StringComparison.Ordinal), 2), "43")));
        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree)).GetRunResult().Results.Single();

        AssertAllStepsCachedOrUnchanged(second);
        AssertNoForbiddenTypes(second);
    }

    [Fact]
    public void Editing_one_strategy_regenerates_only_that_strategy()
    {
        var compilation = GeneratorHarness.CreateCompilation(Sources.Socratic, Sources.GlobalNamespace);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var oldTree = compilation.SyntaxTrees.Single(t => t.FilePath == "File1.cs");
        var newTree = CSharpSyntaxTree.ParseText(Sources.GlobalNamespace.Replace("\"minimal\"", "\"minimal-2\""), GeneratorHarness.ParseOptions, path: "File1.cs");
        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree)).GetRunResult().Results.Single();

        var emitted = second.TrackedSteps[TrackingNames.EmitSpecs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, emitted.Count);
        Assert.Single(emitted, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(emitted, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains("minimal-2", second.GeneratedSources.Single(s => s.HintName == "MinimalStrategy.g.cs").SourceText.ToString());
    }

    private static void AssertAllStepsCachedOrUnchanged(GeneratorRunResult result)
    {
        foreach (var name in TrackingNames.All)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"Step '{name}' is not tracked.");
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step '{name}' output was {reason}.");
                }
            }
        }
    }

    /// <summary>Walks every tracked output's object graph: no step may hold a symbol, a compilation, a syntax node or a location.</summary>
    private static void AssertNoForbiddenTypes(GeneratorRunResult result)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var name in TrackingNames.All)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    Walk(value, name, visited);
                }
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or SemanticModel or Location,
            $"Pipeline output at {path} holds a {value.GetType().FullName}, which keeps compilations alive and breaks caching.");

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            var i = 0;
            foreach (var item in enumerable)
            {
                Walk(item, path + "[" + i++ + "]", visited);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, visited);
        }
    }
}
