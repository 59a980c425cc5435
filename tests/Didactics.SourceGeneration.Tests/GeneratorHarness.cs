using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.SourceGeneration.Tests;

/// <summary>Runs the generator over in-memory sources against .NET 10 reference assemblies and the Didactics runtime.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(IStrategy).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(IChatClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(ChatClientBuilder).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(IServiceCollection).Assembly.Location),
    ];

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer.Tests",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: i == 0 ? "Strategy.cs" : $"File{i}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new StrategyGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A driver with additional files (templates, strategy files) and optional MSBuild properties (<c>build_property.X</c>).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps = false, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new StrategyGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            new TestOptionsProvider(globalOptions ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator with additional files and returns the result, the generator's diagnostics and the final compilation.</summary>
    public static GeneratorRun RunWithFiles(string[] sources, params (string Path, string Text)[] files)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), globalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" })
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return new GeneratorRun(result, generatorDiagnostics, (CSharpCompilation)output);
    }

    /// <summary>Like <see cref="RunWithFiles"/>, and asserts no generator diagnostic and a clean final compilation.</summary>
    public static GeneratorRun RunCleanWithFiles(string[] sources, params (string Path, string Text)[] files)
    {
        var run = RunWithFiles(sources, files);
        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n\n" + run.AllGeneratedSource);
        return run;
    }

    /// <summary>Runs the generator once and returns the result, the generator's diagnostics and the final compilation.</summary>
    public static GeneratorRun Run(params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return new GeneratorRun(result, generatorDiagnostics, (CSharpCompilation)output);
    }

    /// <summary>Runs the generator and asserts the strategy compiles cleanly: no generator diagnostics, and no warning or error in the final compilation.</summary>
    public static GeneratorRun RunClean(params string[] sources)
    {
        var run = Run(sources);
        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n\n" + run.AllGeneratedSource);
        return run;
    }

    /// <summary>Emits the final compilation and loads it into a collectible load context (Didactics resolves from the test's own context).</summary>
    public static Assembly Load(CSharpCompilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}

internal sealed record GeneratorRun(GeneratorRunResult Result, ImmutableArray<Diagnostic> GeneratorDiagnostics, CSharpCompilation Output)
{
    public string AllGeneratedSource => string.Join("\n", Result.GeneratedSources.Select(s => "// " + s.HintName + "\n" + s.SourceText));

    public string Source(string hintName) =>
        Result.GeneratedSources.SingleOrDefault(s => s.HintName == hintName).SourceText?.ToString()
        ?? throw new Xunit.Sdk.XunitException($"No generated source '{hintName}'; generated: {string.Join(", ", Result.GeneratedSources.Select(s => s.HintName))}");
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public string Text { get; } = text;

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
        Microsoft.CodeAnalysis.Text.SourceText.From(Text);
}

/// <summary>Global analyzer options (MSBuild properties as <c>build_property.X</c>) for tests.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
{
    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
