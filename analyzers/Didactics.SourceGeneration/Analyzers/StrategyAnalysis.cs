using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Didactics.SourceGeneration.Analyzers
{
    /// <summary>The registration every Didactics design analyzer shares: one graph per strategy class, read from its attributes.</summary>
    internal static class StrategyAnalysis
    {
        public static void Register(AnalysisContext context, Action<SymbolAnalysisContext, StrategyGraph> analyze)
        {
            context.RegisterCompilationStartAction(start =>
            {
                // A compilation without the Didactics runtime has no strategies: register nothing.
                var known = KnownTypes.From(start.Compilation);
                if (known is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (symbolContext.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
                        {
                            return;
                        }

                        var graph = StrategyGraph.Read(type, known, symbolContext.CancellationToken);
                        if (graph is not null)
                        {
                            analyze(symbolContext, graph);
                        }
                    },
                    SymbolKind.NamedType);
            });
        }
    }
}
