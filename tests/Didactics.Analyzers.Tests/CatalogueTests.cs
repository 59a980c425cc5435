using Didactics.CodeFixes;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Didactics.Analyzers.Tests;

/// <summary>Every design rule has a page, a help link to it, a release-tracking row and a line in the rule index.</summary>
public sealed class CatalogueTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in TestReferences.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_IsDocumentedLinkedAndTracked(string id)
    {
        var descriptor = TestReferences.Analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        var root = RepositoryRoot();

        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.Equal("Didactics.Design", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);

        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        Assert.Contains("## Why it matters", page);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page);

        var releases = File.ReadAllLines(Path.Combine(root, "analyzers", "Didactics.SourceGeneration", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(releases, line => line.StartsWith($"{id} | Didactics.Design | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));

        var index = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", index);
    }

    [Fact]
    public void EveryCodeFix_SupportsFixAllWithTheBatchFixer()
    {
        CodeFixProvider[] providers = [new AnswerPolicyCodeFixProvider(), new StrategyGraphCodeFixProvider(), new TemplateAnswerCodeFixProvider(), new EffortGateCodeFixProvider()];
        Assert.All(providers, p => Assert.Same(WellKnownFixAllProviders.BatchFixer, p.GetFixAllProvider()));
        var fixable = providers.SelectMany(p => p.FixableDiagnosticIds).Order().ToArray();
        Assert.Equal(["DID0001", "DID0002", "DID0004", "DID0007", "DID0010", "DID0014"], fixable);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Didactics.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Didactics.sln not found above " + AppContext.BaseDirectory);
    }
}
