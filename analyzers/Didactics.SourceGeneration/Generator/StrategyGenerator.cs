using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

/// <summary>
/// Turns every class marked with <c>[Strategy]</c> into a compiled pipeline: an <c>IStrategy</c> implementation with
/// a switch-based state machine and compiled template renderers, plus a dependency-injection registration method.
/// </summary>
/// <remarks>
/// Pipeline: parse each class into a value model (<see cref="Parse"/>), collect the strategy names for the
/// cross-class checks, combine, then report diagnostics and emit source in two separate outputs. A strategy with
/// any error emits nothing, so a design mistake gives one clear diagnostic instead of a cascade of compiler errors.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class StrategyGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Template files (*.sbn, not *.strategy.sbn): one node per file, so an edit touches only that file's node.
        var templateFiles = context.AdditionalTextsProvider
            .Where(static text => IsTemplateFile(text.Path))
            .Select(static (text, cancellationToken) => new TemplateFileSpec(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.TemplateFiles);

        var templateIndex = templateFiles
            .Collect()
            .Select(static (files, _) => new TemplateFileIndex(files.ToEquatableArray()))
            .WithTrackingName(TrackingNames.TemplateFileIndex);

        // Attributed classes: parse, resolve file references (a strategy that does not use an edited file resolves
        // to an equal value, so everything after this step stays cached), then compile the templates.
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                StrategyAttributeName,
                // Records too: a "partial record" strategy is generated as one; any other shape gets DID1008.
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntaxContext, cancellationToken) => Parse(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedStrategies)
            .Combine(templateIndex)
            .Select(static (input, cancellationToken) => ResolveTemplateFiles(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ResolvedTemplates)
            .Select(static (result, cancellationToken) => CompileTemplates(result, cancellationToken))
            .WithTrackingName(TrackingNames.CompiledTemplates);

        // Strategies written as *.strategy.sbn files compile to the same model.
        var fileContext = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, _) => CreateStrategyFileContext(input.Left, input.Right.GlobalOptions))
            .WithTrackingName(TrackingNames.StrategyFileContext);

        var fileStrategies = context.AdditionalTextsProvider
            .Where(static text => IsStrategyFile(text.Path))
            .Select(static (text, cancellationToken) => new TemplateFileSpec(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.StrategyFiles)
            .Combine(fileContext)
            .Select(static (input, cancellationToken) => StrategyFileParser.Parse(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedStrategyFiles)
            .Select(static (result, cancellationToken) => CompileTemplates(result, cancellationToken))
            .WithTrackingName(TrackingNames.CompiledStrategyFiles);

        var names = parsed
            .Select(static (result, _) => new StrategyNameEntry(result.StrategyName, result.ClassDisplayName, result.ClassName, result.Origin))
            .Collect()
            .Combine(fileStrategies
                .Select(static (result, _) => new StrategyNameEntry(result.StrategyName, result.ClassDisplayName, result.ClassName, result.Origin))
                .Collect())
            .Select(static (entries, _) => entries.Left.Concat(entries.Right).ToEquatableArray())
            .WithTrackingName(TrackingNames.StrategyNames);

        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
            .WithTrackingName(TrackingNames.AssemblyName);

        var outputs = parsed
            .Combine(names)
            .Combine(assemblyName)
            .Select(static (input, _) => Finish(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.StrategyOutputs);

        var fileOutputs = fileStrategies
            .Combine(names)
            .Combine(assemblyName)
            .Select(static (input, _) => Finish(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.StrategyFileOutputs);

        // A template file no phase reads gets a warning at its first character, and its syntax errors: every .sbn is
        // parsed once per build, used or not, so a broken file is found before a strategy references it.
        var usedTemplateFiles = parsed
            .Select(static (result, _) => result.UsedTemplateFiles)
            .Collect()
            .Select(static (used, _) => used.SelectMany(u => u).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.UsedTemplateFiles);

        var unusedTemplateDiagnostics = templateFiles
            .Combine(usedTemplateFiles)
            .Select(static (input, _) => IsUsed(input.Right, input.Left.Path)
                ? EquatableArray<DiagnosticInfo>.Empty
                : UnusedTemplateDiagnostics(input.Left))
            .WithTrackingName(TrackingNames.UnusedTemplateFiles);

        var diagnostics = outputs
            .Select(static (output, _) => output.Diagnostics)
            .Collect()
            .Combine(fileOutputs.Select(static (output, _) => output.Diagnostics).Collect())
            .Combine(unusedTemplateDiagnostics.Collect())
            .Select(static (input, _) => input.Left.Left.Concat(input.Left.Right).Concat(input.Right).SelectMany(d => d).ToEquatableArray())
            .WithTrackingName(TrackingNames.Diagnostics);

        // Diagnostics are reported through a separate output that re-creates each location on the compilation's own
        // syntax tree (like dotnet/runtime's LoggerMessage and System.Text.Json generators, runtime issue 92509): a
        // location made from a path alone is an external location, which #pragma warning disable cannot suppress.
        // This output re-runs on every compilation change by design; it only maps and reports, and the cached model
        // above holds no tree.
        context.RegisterSourceOutput(diagnostics.Combine(context.CompilationProvider), static (productionContext, input) =>
            ReportDiagnostics(productionContext, input.Left, input.Right));

        var emitSpecs = outputs
            .Where(static output => output.Spec is not null)
            .Select(static (output, _) => new StrategyEmitSpec(output.Spec!, output.RegistrationMethodName, output.ExtensionsClassName))
            .WithTrackingName(TrackingNames.EmitSpecs);

        context.RegisterSourceOutput(emitSpecs, static (productionContext, spec) =>
            productionContext.AddSource(HintName(spec.Spec), Emit(spec)));

        var fileEmitSpecs = fileOutputs
            .Where(static output => output.Spec is not null)
            .Select(static (output, _) => new StrategyEmitSpec(output.Spec!, output.RegistrationMethodName, output.ExtensionsClassName))
            .WithTrackingName(TrackingNames.FileEmitSpecs);

        context.RegisterSourceOutput(fileEmitSpecs, static (productionContext, spec) =>
            productionContext.AddSource(HintName(spec.Spec), Emit(spec)));

        // One method that registers every strategy of the assembly: services.Add<Assembly>Strategies().
        var registrations = emitSpecs
            .Collect()
            .Combine(fileEmitSpecs.Collect())
            .Select(static (input, _) => input.Left.Concat(input.Right)
                .Where(e => e.Spec.EmitServiceRegistration && e.Spec.HasParameterlessConstructor)
                .Select(e => new RegistrationEntry(e.Spec.Name, e.Spec.FullyQualifiedName, e.RegistrationMethodName, e.ExtensionsClassName))
                .OrderBy(e => e.StrategyName, System.StringComparer.Ordinal)
                .ToEquatableArray())
            .Combine(assemblyName)
            .WithTrackingName(TrackingNames.Registrations);

        context.RegisterSourceOutput(registrations, static (productionContext, input) =>
        {
            if (input.Left.Count > 0)
            {
                productionContext.AddSource(input.Left[0].ExtensionsClassName + ".Strategies.g.cs", EmitAllRegistrations(input.Left, input.Right));
            }
        });
    }

    /// <summary>DID1011 for a template file no phase reads, plus the file's Scriban syntax errors (DID1006) at their position.</summary>
    private static EquatableArray<DiagnosticInfo> UnusedTemplateDiagnostics(TemplateFileSpec file)
    {
        var diagnostics = new List<DiagnosticInfo>
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.UnusedTemplateFile, new LocationInfo(file.Path, default, default), file.Path),
        };
        var problems = new List<TemplateProblem>();
        TemplateCompiler.Parse(file.Text, "template file '" + System.IO.Path.GetFileName(file.Path) + "'", problems);
        var origin = TemplateOrigin.InFile(file.Path);
        foreach (var problem in problems)
        {
            diagnostics.Add(new DiagnosticInfo(problem.DescriptorId, TemplateLocationMapper.Map(origin, file.Text, problem), problem.Arguments.ToEquatableArray()));
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>Binary search in the ordinally sorted used-file list (2,000 files × 2,000 paths stay cheap).</summary>
    private static bool IsUsed(EquatableArray<string> sortedUsed, string path)
    {
        var items = sortedUsed.AsImmutableArray();
        return System.Collections.Immutable.ImmutableArray.BinarySearch(items, path, System.StringComparer.Ordinal) >= 0;
    }

    /// <summary>True for a <c>.sbn</c> template file that is not a strategy file.</summary>
    internal static bool IsTemplateFile(string path) =>
        path.EndsWith(".sbn", System.StringComparison.OrdinalIgnoreCase) && !IsStrategyFile(path);

    /// <summary>True for a <c>*.strategy.sbn</c> strategy file.</summary>
    internal static bool IsStrategyFile(string path) => path.EndsWith(".strategy.sbn", System.StringComparison.OrdinalIgnoreCase);

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics, Compilation compilation)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        var trees = new Dictionary<string, SyntaxTree>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            trees[tree.FilePath] = tree;
        }

        foreach (var item in diagnostics)
        {
            var location = item.Location is { } info && trees.TryGetValue(info.FilePath, out var tree) && info.Span.End <= tree.Length
                ? Location.Create(tree, info.Span)
                : item.Location?.ToLocation() ?? Location.None;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ById(item.Id), location, item.Arguments.Cast<object>().ToArray()));
        }
    }

    private static StrategyFileContext CreateStrategyFileContext(Compilation compilation, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
    {
        var root = options.TryGetValue("build_property.RootNamespace", out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : compilation.AssemblyName ?? "Didactics";
        return new StrategyFileContext(
            NamespaceOf(root) + ".Strategies",
            ReadModelMembers(compilation),
            compilation.GetTypeByMetadataName(ServiceCollectionName) is not null && compilation.GetTypeByMetadataName(RegistrationHelperName) is not null);
    }

    /// <summary>Turns a root namespace or assembly name into a valid namespace (each dot-separated part an identifier).</summary>
    private static string NamespaceOf(string name)
    {
        var parts = name.Split('.').Where(p => p.Length > 0).Select(p =>
        {
            var part = Sanitize(p);
            return char.IsDigit(part[0]) ? "_" + part : part;
        });
        var result = string.Join(".", parts);
        return result.Length == 0 ? "Didactics" : result;
    }

    /// <summary>
    /// Fills in the text of every template read from a file (<c>TemplateFile</c> / <c>ContentFiles</c>), or reports
    /// DID1010 at the reference when no file or several files match.
    /// </summary>
    internal static StrategyParseResult ResolveTemplateFiles(StrategyParseResult result, TemplateFileIndex index, CancellationToken cancellationToken)
    {
        var spec = result.Spec;
        if (spec is null || !spec.Phases.Any(p => p.Template?.File is not null || p.Content.Any(c => c.File is not null)))
        {
            return result;
        }

        var diagnostics = new List<DiagnosticInfo>(result.Diagnostics);
        var used = new List<string>();
        var phases = new List<PhaseSpec>(spec.Phases.Count);
        foreach (var phase in spec.Phases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var template = phase.Template is null ? null : Resolve(phase.Template, index, diagnostics, used);
            var content = phase.Content.Select(c => Resolve(c, index, diagnostics, used)).ToEquatableArray();
            phases.Add(phase with { Template = template, Content = content });
        }

        return result with
        {
            Spec = spec with { Phases = phases.ToEquatableArray() },
            Diagnostics = diagnostics.ToEquatableArray(),
            UsedTemplateFiles = used.Distinct().ToEquatableArray(),
        };
    }

    private static TemplateSpec Resolve(TemplateSpec template, TemplateFileIndex index, List<DiagnosticInfo> diagnostics, List<string> used)
    {
        if (template.File is not { } reference)
        {
            return template;
        }

        var matches = index.Find(reference.Path);
        if (matches.Count == 1)
        {
            used.Add(matches[0].Path);
            return template with { Source = matches[0].Text, Origin = TemplateOrigin.InFile(matches[0].Path) };
        }

        var reason = matches.Count == 0
            ? "matches no AdditionalFiles item; add the file to the project (the Didactics package adds **/*.sbn unless DidacticsIncludeTemplates is false) or fix the path"
            : "matches " + matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " files (" + string.Join(", ", matches.Select(m => m.Path)) + "); write more of the path so that it matches one";
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TemplateFileNotResolved, reference.Location, reference.Path, template.Where, reason));
        return template;
    }

    /// <summary>
    /// Parses and compiles every template of a parsed strategy with Scriban. A separate step so that it re-runs only
    /// when the parsed strategy itself changes, never on unrelated edits. Drops the spec when any diagnostic exists.
    /// </summary>
    internal static StrategyParseResult CompileTemplates(StrategyParseResult result, CancellationToken cancellationToken)
    {
        var spec = result.Spec;
        if (spec is null)
        {
            return result;
        }

        var diagnostics = new List<DiagnosticInfo>(result.Diagnostics);
        var phases = new List<PhaseSpec>(spec.Phases.Count);
        foreach (var phase in spec.Phases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var template = phase.Template is null ? null : Compile(phase.Template, spec.ModelMembers, diagnostics);
            var content = phase.Content.Select(c => Compile(c, spec.ModelMembers, diagnostics)).ToEquatableArray();
            phases.Add(phase with { Template = template, Content = content });
        }

        return result with
        {
            Spec = !HasErrors(diagnostics) ? spec with { Phases = phases.ToEquatableArray() } : null,
            Diagnostics = diagnostics.ToEquatableArray(),
        };
    }

    private static TemplateSpec Compile(TemplateSpec template, EquatableArray<ModelMemberSpec> members, List<DiagnosticInfo> diagnostics)
    {
        var problems = new List<TemplateProblem>();
        if (template.File is not null && template.Origin.FilePath is null)
        {
            // An unresolved file reference (DID1010 is already reported): nothing to compile.
            return template;
        }

        var usedMembers = new List<string>();
        var code = TemplateCompiler.Compile(template.Source, template.Where, members, problems, usedMembers);
        foreach (var problem in problems)
        {
            diagnostics.Add(new DiagnosticInfo(problem.DescriptorId, TemplateLocationMapper.Map(template.Origin, template.Source, problem), problem.Arguments.ToEquatableArray()));
        }

        // Only unsupported constructs (DID1009, Info): the template is valid Scriban over known members, so it is
        // rendered by Scriban at run time instead of being compiled. Syntax errors and unknown variables stay errors.
        var fallback = code is null && problems.Count > 0 && problems.All(p => p.DescriptorId == DiagnosticIds.UnsupportedTemplateConstruct);
        return template with { Code = code, UsedMembers = usedMembers.Distinct().ToEquatableArray(), RenderWithScriban = fallback };
    }

    /// <summary>The generated file's hint name, e.g. <c>MyApp.Socratic.g.cs</c>.</summary>
    internal static string HintName(StrategySpec spec) => spec.DisplayName + ".g.cs";

    /// <summary>Applies the checks that need every strategy of the compilation (unique names) and names the DI method.</summary>
    internal static StrategyOutputSpec Finish(StrategyParseResult result, EquatableArray<StrategyNameEntry> all, string assemblyName)
    {
        var diagnostics = result.Diagnostics;
        if (result.StrategyName is { } name)
        {
            var other = all.FirstOrDefault(e => e.StrategyName == name && e.Origin != result.Origin);
            if (other is not null)
            {
                diagnostics = diagnostics
                    .Concat(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateStrategyName, result.StrategyNameLocation, name, other.ClassDisplayName) })
                    .ToEquatableArray();
            }
        }

        // A strategy file's class must not be produced twice (the hint name and the class would collide).
        if (result.FilePath is not null && result.StrategyName is not null)
        {
            var clash = all.FirstOrDefault(e => e.ClassDisplayName == result.ClassDisplayName && e.Origin != result.Origin);
            if (clash is not null)
            {
                diagnostics = diagnostics
                    .Concat(new[]
                    {
                        DiagnosticInfo.Create(
                            DiagnosticDescriptors.InvalidStrategyFile,
                            result.StrategyNameLocation,
                            System.IO.Path.GetFileName(result.FilePath),
                            "the generated class '" + result.ClassDisplayName + "' is also declared by '" + clash.Origin + "'; set a different 'class' or 'namespace'"),
                    })
                    .ToEquatableArray();
            }
        }

        // Two strategy classes with the same simple name in different namespaces get namespace-qualified method names.
        var classNameClash = all.Any(e => e.ClassName == result.ClassName && e.ClassDisplayName != result.ClassDisplayName);
        // Never two registration methods with the same name either (two files producing one class are errors above).
        var methodName = "Add" + (classNameClash ? Sanitize(result.ClassDisplayName) : result.ClassName);
        var extensionsClassName = "DidacticsGenerated" + Sanitize(assemblyName) + "Extensions";
        return new StrategyOutputSpec(!HasErrors(diagnostics) ? result.Spec : null, diagnostics, methodName, extensionsClassName);
    }

    /// <summary>True when a diagnostic with error severity is present (warnings do not stop generation).</summary>
    internal static bool HasErrors(IEnumerable<DiagnosticInfo> diagnostics) =>
        diagnostics.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == DiagnosticSeverity.Error);

    /// <summary>Keeps letters, digits and underscores (so an assembly or namespace name becomes part of an identifier).</summary>
    internal static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }
}
