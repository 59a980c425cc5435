using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.Cli;

/// <summary>
/// <c>didactics lint FOLDER</c>: checks the strategies, templates and strategy files in a folder without a project and
/// prints the Didactics diagnostics a build would report (source generator and design analyzers), one per line as
/// <c>file:line:col: severity ID: message</c> (paths relative to the folder, in the location and in the message, 1-based
/// line and column). Every <c>.sbn</c> file is parsed, whether a strategy uses it or not.
/// Exit code 0 when there is no error, 1 when there is at least one error, 2 on a usage error.
/// </summary>
/// <remarks>
/// The <c>.cs</c> files (outside <c>bin/</c> and <c>obj/</c>) are compiled in-process against the .NET 10 reference
/// assemblies and the Didactics runtime; every <c>.sbn</c> file is passed as an AdditionalFiles item. C# compiler errors
/// about types the folder does not define are not printed: lint reports Didactics diagnostics only. <c>#pragma warning
/// disable</c> applies as in a build.
/// </remarks>
internal static class LintCommand
{
    /// <summary>Exit code when at least one error was found.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Exit code for a usage error (no folder, folder not found).</summary>
    public const int UsageError = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The folder with .cs, .sbn and .strategy.sbn files to check (searched recursively).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("lint", "Print the Didactics build diagnostics for the strategies and templates in a folder.")
        {
            folder,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(folder), console, cancellationToken));
        return command;
    }

    /// <summary>Lints <paramref name="folder"/> and writes the diagnostics to the console.</summary>
    public static async Task<int> RunAsync(string? folder, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (string.IsNullOrWhiteSpace(folder))
        {
            await console.Error.WriteLineAsync("lint: give the folder to check, e.g. didactics lint ./Strategies").ConfigureAwait(false);
            return UsageError;
        }

        if (!Directory.Exists(folder))
        {
            await console.Error.WriteLineAsync($"lint: folder '{folder}' does not exist").ConfigureAwait(false);
            return UsageError;
        }

        var root = Path.GetFullPath(folder);
        var diagnostics = await LintAsync(root, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics)
        {
            await console.Out.WriteLineAsync(Format(diagnostic, root)).ConfigureAwait(false);
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"lint: {errors} error(s), {warnings} warning(s)")).ConfigureAwait(false);
        return errors > 0 ? ErrorsFound : DidacticsCli.Success;
    }

    /// <summary>Formats a diagnostic as <c>file:line:col: severity ID: message</c>.</summary>
    public static string Format(Diagnostic diagnostic, string root)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.Length == 0 ? "(project)" : Path.GetRelativePath(root, span.Path).Replace('\\', '/');
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        // Messages that name a file (DID1010, DID1011) get the build's full path; print it relative to the folder too.
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture)
            .Replace(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: {severity} {diagnostic.Id}: {message}");
    }

    /// <summary>Runs the generator and the design analyzers over the folder; returns the diagnostics sorted by file and position.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> LintAsync(string root, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var sources = EnumerateFiles(root, "*.cs")
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8), parseOptions, path, cancellationToken))
            .ToList();
        var additionalTexts = EnumerateFiles(root, "*.sbn")
            .Select(path => (AdditionalText)new FileText(path, File.ReadAllText(path)))
            .ToImmutableArray();

        var compilation = CSharpCompilation.Create(
            "DidacticsLint",
            sources,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new OptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = RootNamespace(root),
        });

        var driver = CSharpGeneratorDriver.Create(
            [new StrategyGenerator().AsSourceGenerator()],
            additionalTexts,
            parseOptions,
            options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, cancellationToken);

        // Generator diagnostics go through the analyzer driver too (relayed by an analyzer), so that #pragma and the
        // compilation options filter them exactly as the compiler filters analyzer diagnostics in a build.
        var analyzers = DesignAnalyzers().Add(new RelayAnalyzer(generatorDiagnostics));
        var withAnalyzers = output.WithAnalyzers(analyzers, new AnalyzerOptions(additionalTexts, options));
        var reported = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        return reported
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && !d.IsSuppressed)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every <see cref="DiagnosticAnalyzer"/> in the generator assembly (the design analyzers).</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> DesignAnalyzers() =>
        typeof(StrategyGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static IEnumerable<string> EnumerateFiles(string root, string pattern) =>
        Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
            .OrderBy(path => path, StringComparer.Ordinal);

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Replace('\\', '/').Split('/')[0];
        return first is "bin" or "obj";
    }

    /// <summary>The folder name as a namespace, like a project's default RootNamespace.</summary>
    private static string RootNamespace(string root)
    {
        var name = new string(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)).Select(c => char.IsLetterOrDigit(c) || c == '.' ? c : '_').ToArray());
        return name.Length == 0 || char.IsDigit(name[0]) ? "Lint" + name : name;
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(IStrategy).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
    ]);

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    /// <summary>Re-reports the generator's diagnostics from inside the analyzer driver, which applies pragmas and options.</summary>
#pragma warning disable RS1001 // Not a shipped analyzer: an in-process relay, never loaded by a compiler.
    private sealed class RelayAnalyzer(ImmutableArray<Diagnostic> diagnostics) : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            diagnostics.Select(d => d.Descriptor).GroupBy(d => d.Id).Select(g => g.First()).ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(compilationContext =>
            {
                foreach (var diagnostic in diagnostics)
                {
                    compilationContext.ReportDiagnostic(diagnostic);
                }
            });
        }
    }
}
