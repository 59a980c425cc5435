using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Didactics.SourceGeneration;

/// <summary>
/// How <see cref="StrategyDesignAnalyzer"/> finds strategies: one graph per strategy, read from the attributes of a
/// class or from a <c>*.strategy.sbn</c> additional file (parsed by the generator's own parser), and handed to the
/// rules, which report through a plain callback.
/// </summary>
internal static class StrategyAnalysis
{
    // The parser needs a project context only to name and emit the generated class; the rules need neither.
    private static readonly StrategyFileContext FileContext = new StrategyFileContext("Strategies", EquatableArray<ModelMemberSpec>.Empty, EmitServiceRegistration: false);

    /// <param name="context">The analyzer's context.</param>
    /// <param name="analyze">The rules: the graph and a callback that reports one diagnostic.</param>
    public static void Register(AnalysisContext context, Action<StrategyGraph, Action<Diagnostic>> analyze)
    {
        context.RegisterCompilationStartAction(start =>
        {
            // A compilation without the Didactics runtime has no strategies: register nothing.
            var known = KnownTypes.From(start.Compilation);
            if (known is null)
            {
                return;
            }

            // Template files are resolved the way the generator resolves them, once per compilation and only when a
            // strategy references one.
            var templates = new Lazy<TemplateFiles>(() => TemplateFiles.From(start.Options.AdditionalFiles, start.CancellationToken), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterSymbolAction(
                symbolContext =>
                {
                    if (symbolContext.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
                    {
                        return;
                    }

                    var graph = StrategyGraph.Read(type, known, templates, symbolContext.CancellationToken);
                    if (graph is not null)
                    {
                        analyze(graph, symbolContext.ReportDiagnostic);
                    }
                },
                SymbolKind.NamedType);

            start.RegisterAdditionalFileAction(fileContext =>
            {
                var file = fileContext.AdditionalFile;
                if (!StrategyGenerator.IsStrategyFile(file.Path))
                {
                    return;
                }

                var graph = ReadFile(file, fileContext.CancellationToken);
                if (graph is not null)
                {
                    analyze(graph, fileContext.ReportDiagnostic);
                }
            });
        });
    }

    /// <summary>The graph of one strategy file, or null when the file cannot be read or the generator rejects it.</summary>
    internal static StrategyGraph? ReadFile(AdditionalText file, System.Threading.CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return null;
        }

        var (result, layout) = StrategyFileParser.ParseWithLayout(new TemplateFileSpec(file.Path, text.ToString()), FileContext, cancellationToken);
        return StrategyGraph.FromFile(result, layout, text);
    }
}
