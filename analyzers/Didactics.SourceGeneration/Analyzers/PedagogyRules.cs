using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>
/// Rules a pedagogy-minded reviewer adds beyond the graph's soundness. DID0013: no transition answers an incorrect
/// attempt with feedback (a Feedback, Hint, Probe or Example phase) in any phase a session can reach.
/// </summary>
internal static class PedagogyRules
{
    /// <summary>The rules' descriptors.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt);

    public static void Analyze(StrategyGraph graph, Action<Diagnostic> report)
    {
        // Without a non-terminal phase the session ends on its first turn: no attempt can follow. Only phases a
        // session can enter count: a "*" transition shadowed in every reachable phase responds to nothing.
        if (graph.ReachablePhases.All(p => p.IsTerminal))
        {
            return;
        }

        foreach (var phase in graph.ReachablePhases)
        {
            foreach (var (edge, target) in graph.Exits(phase))
            {
                if (edge.On == SignalKind.IncorrectAttempt && target.Move is MoveKind.Feedback or MoveKind.Hint or MoveKind.Probe or MoveKind.Example)
                {
                    return;
                }
            }
        }

        report(Diagnostic.Create(DiagnosticDescriptors.NoFeedbackAfterIncorrectAttempt, graph.TransitionsLocation, graph.Name));
    }
}
