using System.Xml.Linq;

namespace Didactics.Packaging.Tests;

public sealed partial class PackagingTests(PackagingFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PackagingFixture>
{
    private void AssertPacked() => Assert.True(fixture.Pack.ExitCode == 0 && File.Exists(fixture.PackagePath), fixture.Pack.ToString());

    private void AssertBuilt()
    {
        AssertPacked();
        Assert.True(fixture.Build?.ExitCode == 0, fixture.Build?.ToString() ?? "The consumer was not built.");
    }

    [Fact]
    public void Package_carries_the_runtime_the_roslyn_components_and_scriban()
    {
        AssertPacked();
        using var package = fixture.OpenPackage();
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var expected in new[]
        {
            "lib/net8.0/Didactics.dll",
            "lib/net8.0/Didactics.xml",
            "lib/net10.0/Didactics.dll",
            "lib/net10.0/Didactics.xml",
            "analyzers/dotnet/cs/Didactics.SourceGeneration.dll",
            "analyzers/dotnet/cs/Didactics.CodeFixes.dll",
            "analyzers/dotnet/cs/Scriban.Signed.dll",
            "buildTransitive/Didactics.props",
            "buildTransitive/Didactics.targets",
            "README.md",
        })
        {
            Assert.Contains(expected, entries);
        }

        // Scriban once (for the generator; the runtime gets it as a package dependency), and no analyzer assembly in lib/
        // (consumers must not reference the Roslyn components).
        Assert.Single(entries, e => e.EndsWith("Scriban.Signed.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && (e.Contains("SourceGeneration") || e.Contains("CodeFixes") || e.Contains("Scriban")));

        using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
        var readmeText = readme.ReadToEnd();
        Assert.Contains("dotnet add package Didactics", readmeText);
        Assert.Contains("[AnswerPolicy(", readmeText);
    }

    [Fact]
    public void Nuspec_has_the_metadata_a_nuget_user_expects()
    {
        AssertPacked();
        using var package = fixture.OpenPackage();
        using var stream = package.GetEntry("Didactics.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string Value(string name) => metadata.Element(ns + name)?.Value ?? "";

        Assert.Equal("Didactics", Value("id"));
        Assert.Equal(fixture.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("https://github.com/didactics-sdk/didactics", Value("projectUrl"));
        Assert.Equal("https://github.com/didactics-sdk/didactics", metadata.Element(ns + "repository")!.Attribute("url")!.Value);
        Assert.Contains("IChatClient", Value("description"));
        Assert.Contains("tutoring", Value("tags").Split(' '));
        Assert.Contains("source-generator", Value("tags").Split(' '));

        // Runtime dependencies for both frameworks; Scriban.Signed is one (the run-time fallback renderer for templates
        // outside the compiled subset, DID1009), with its lib assets; the Roslyn components are never dependencies.
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        Assert.Equal(new[] { "net10.0", "net8.0" }, groups.Select(g => g.Attribute("targetFramework")!.Value).Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            var scriban = Assert.Single(group.Elements(ns + "dependency"), d => d.Attribute("id")!.Value == "Scriban.Signed");
            // NuGet's default exclude (build, analyzers) only: compile and runtime assets flow to the consumer.
            var excluded = (scriban.Attribute("exclude")?.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(excluded, e => Assert.Contains(e, new[] { "Build", "Analyzers" }));
        }

        var ids = groups.SelectMany(g => g.Elements(ns + "dependency")).Select(d => d.Attribute("id")!.Value).ToHashSet();
        Assert.Contains("Microsoft.Extensions.AI", ids);
        Assert.DoesNotContain(ids, id => id.Contains("CodeAnalysis") || id.StartsWith("Didactics", StringComparison.Ordinal));
    }

    [Fact]
    public void Fresh_consumer_build_reports_DID0001_and_DID0002_at_the_consumers_strategies()
    {
        AssertBuilt();
        var lines = fixture.Build.Output.Split('\n').Select(l => l.Trim()).ToList();
        var did0001 = lines.Where(l => l.Contains("warning DID0001", StringComparison.Ordinal)).ToList();
        var did0002 = lines.Where(l => l.Contains("warning DID0002", StringComparison.Ordinal)).ToList();

        Assert.True(did0001.Count > 0, fixture.Build.ToString());
        Assert.True(did0002.Count > 0, fixture.Build.ToString());
        Assert.All(did0001, l => Assert.StartsWith(Path.Combine(fixture.ConsumerDirectory, "BadNoPolicy.cs") + "(", l));
        Assert.All(did0002, l => Assert.StartsWith(Path.Combine(fixture.ConsumerDirectory, "BadDelegation.cs") + "(", l));
        Assert.Contains(did0001, l => l.Contains("'consumer-no-policy'", StringComparison.Ordinal));
        Assert.Contains(did0002, l => l.Contains("Disclosure.OnRequest", StringComparison.Ordinal));

        // The well-designed strategy gets no Didactics diagnostic, and the generator ran without failing.
        Assert.DoesNotContain(lines, l => l.Contains("GoodTutor.cs", StringComparison.Ordinal) && l.Contains(": warning DID", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("CS8784", StringComparison.Ordinal) || l.Contains("CS8785", StringComparison.Ordinal) || l.Contains("CS9057", StringComparison.Ordinal));
    }

    [Fact]
    public void Fresh_consumer_build_reports_design_rules_for_attributed_classes_and_strategy_files()
    {
        AssertBuilt();
        var lines = fixture.Build.Output.Split('\n').Select(l => l.Trim()).ToList();

        // An attributed class without an answer-request transition: DID0007 on the class name.
        var did0007 = lines.Where(l => l.Contains("warning DID0007", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(did0007.Count > 0, fixture.Build.ToString());
        Assert.All(did0007, l => Assert.StartsWith(Path.Combine(fixture.ConsumerDirectory, "BadNoAnswerRequest.cs") + "(", l));
        Assert.Contains(did0007, l => l.Contains("'consumer-no-answer-request'", StringComparison.Ordinal));

        // A *.strategy.sbn file with a phase nothing leads to: DID0008 at the phase's entry (line 8, column 3) of the file.
        var did0008 = lines.Where(l => l.Contains("warning DID0008", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(did0008.Count > 0, fixture.Build.ToString());
        Assert.All(did0008, l => Assert.StartsWith(Path.Combine(fixture.ConsumerDirectory, "Strategies", "unreachable.strategy.sbn") + "(8,3", l));
        Assert.Contains(did0008, l => l.Contains("Phase 'Orphan' of strategy 'consumer-unreachable'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fresh_consumer_runs_a_session_through_the_generated_pipeline()
    {
        AssertBuilt();
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.ToString());
        var output = fixture.Run.Output;

        Assert.Contains("strategy: consumer-good phases=5 policy=Never", output);
        Assert.Contains("opening: [Ask] Consumer tutor here. How would you start on: What is 3 + 4?", output);
        // Help is earned ([EffortGate]): before any attempt "I don't know" gets a smaller question, after one the first hint.
        Assert.Contains("turn: I don't know -> [Hint/DontKnow] Let's make it smaller: in your own words, what are you asked to find?", output);
        Assert.Contains("turn: just tell me the answer -> [Redirect/AnswerRequest] Let's find it together instead.", output);
        // The Feedback content uses a pipe outside the compiled subset: rendered by the package's Scriban dependency.
        Assert.Contains("turn: 6 -> [Feedback/IncorrectAttempt] '6' is not it yet. Try again.", output);
        Assert.Contains("turn: I don't know -> [Hint/DontKnow] Hint 1: Count on from the larger number.", output);
        Assert.Contains("turn: 7 -> [Done/CorrectAttempt] Yes, 7 is right. (ended)", output);
    }

    [Fact]
    public void Templates_become_additional_files_unless_opted_out()
    {
        AssertBuilt();
        Assert.True(fixture.TemplateItems.ExitCode == 0, fixture.TemplateItems.ToString());
        Assert.True(fixture.TemplateItemsOptedOut.ExitCode == 0, fixture.TemplateItemsOptedOut.ToString());

        Assert.Contains("notes.sbn", fixture.TemplateItems.Output);
        Assert.DoesNotContain("stale.sbn", fixture.TemplateItems.Output);
        Assert.DoesNotContain(".sbn", fixture.TemplateItemsOptedOut.Output);
    }
}
