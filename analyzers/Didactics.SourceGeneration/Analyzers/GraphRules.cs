using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>
/// The rules over the strategy as a graph of phases and transitions: DID0003 (a Reveal phase reachable without a
/// learner attempt), DID0007 (no transition for an answer request), DID0008 (unreachable phase), DID0009
/// (non-terminal phase without exit) and DID0010 (no terminal phase).
/// </summary>
internal static class GraphRules
{
    /// <summary>The rules' descriptors.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.RevealWithoutAttempt,
        DiagnosticDescriptors.NoAnswerRequestTransition,
        DiagnosticDescriptors.UnreachablePhase,
        DiagnosticDescriptors.PhaseWithoutExit,
        DiagnosticDescriptors.NoTerminalPhase);

    public static void Analyze(StrategyGraph graph, Action<Diagnostic> report)
    {
        // A strategy without phases cannot be generated (DID1008): nothing to judge.
        if (graph.Phases.IsEmpty)
        {
            return;
        }

        CheckAnswerRequest(graph, report);
        CheckTerminal(graph, report);
        CheckExits(graph, report);

        if (graph.HasSoundStructure && graph.Start is not null)
        {
            CheckReachability(graph, graph.Start, report);
            CheckRevealPaths(graph, graph.Start, report);
        }
    }

    private static void CheckAnswerRequest(StrategyGraph graph, Action<Diagnostic> report)
    {
        // When every phase a session can enter is terminal the session ends on its first turn: there is no later
        // request to handle. A transition out of a phase no session reaches handles nothing either.
        var open = graph.ReachablePhases.Where(p => !p.IsTerminal).ToList();
        if (open.Count == 0)
        {
            return;
        }

        foreach (var edge in graph.Transitions)
        {
            if (edge.On == SignalKind.AnswerRequest && open.Any(p => edge.IsWildcard || edge.From == p.Name))
            {
                return;
            }
        }

        report(Diagnostic.Create(DiagnosticDescriptors.NoAnswerRequestTransition, graph.TransitionsLocation, graph.Name));
    }

    private static void CheckTerminal(StrategyGraph graph, Action<Diagnostic> report)
    {
        foreach (var phase in graph.Phases)
        {
            if (phase.IsTerminal)
            {
                return;
            }
        }

        report(Diagnostic.Create(DiagnosticDescriptors.NoTerminalPhase, graph.PhasesLocation, graph.Name));
    }

    private static void CheckExits(StrategyGraph graph, Action<Diagnostic> report)
    {
        foreach (var phase in graph.Phases)
        {
            // Duplicates are the generator's DID1005; judge only the phase the runtime would use.
            if (phase.IsTerminal || phase.Location is null || !ReferenceEquals(graph.PhasesByName[phase.Name], phase))
            {
                continue;
            }

            var hasExit = false;
            foreach (var (_, target) in graph.Exits(phase))
            {
                if (!ReferenceEquals(target, phase))
                {
                    hasExit = true;
                    break;
                }
            }

            if (!hasExit)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.PhaseWithoutExit, phase.Location, phase.Name, graph.Name));
            }
        }
    }

    private static void CheckReachability(StrategyGraph graph, PhaseNode start, Action<Diagnostic> report)
    {
        var reached = new HashSet<PhaseNode>(graph.ReachablePhases);
        foreach (var phase in graph.Phases)
        {
            if (!reached.Contains(phase) && phase.Location is not null)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.UnreachablePhase, phase.Location, phase.Name, graph.Name, start.Name));
            }
        }
    }

    /// <summary>
    /// Breadth-first search from the start phase over transitions that are not attempts (anything but
    /// CorrectAttempt/IncorrectAttempt). Every Reveal phase found this way can be entered by a learner who never
    /// tried; the shortest such path is reported. Under <c>Disclosure.Never</c> (declared or by default) the
    /// runtime never enters a Reveal phase, so there is nothing to report.
    /// </summary>
    private static void CheckRevealPaths(StrategyGraph graph, PhaseNode start, Action<Diagnostic> report)
    {
        if (graph.EffectiveDisclosure == DisclosureKind.Never)
        {
            return;
        }

        var parent = new Dictionary<PhaseNode, (PhaseNode? From, SignalKind On)> { [start] = (null, SignalKind.Unclassified) };
        var queue = new Queue<PhaseNode>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var phase = queue.Dequeue();
            if (phase.IsReveal)
            {
                // The reveal already happened on this path; what follows it does not matter here.
                continue;
            }

            foreach (var (edge, target) in graph.Exits(phase))
            {
                if (edge.On is SignalKind.CorrectAttempt or SignalKind.IncorrectAttempt || parent.ContainsKey(target))
                {
                    continue;
                }

                parent[target] = (phase, edge.On);
                queue.Enqueue(target);
            }
        }

        foreach (var phase in graph.Phases)
        {
            if (phase.IsReveal && phase.Location is not null && parent.ContainsKey(phase))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.RevealWithoutAttempt, phase.Location, graph.Name, phase.Name, DescribePath(parent, phase)));
            }
        }
    }

    private static string DescribePath(Dictionary<PhaseNode, (PhaseNode? From, SignalKind On)> parent, PhaseNode end)
    {
        var names = new List<string>();
        var signals = new List<string>();
        for (var node = end; node is not null; node = parent[node].From)
        {
            names.Add(node.Name);
            if (parent[node].From is not null)
            {
                signals.Add(parent[node].On.ToString());
            }
        }

        names.Reverse();
        signals.Reverse();
        var text = new StringBuilder(string.Join(" → ", names));
        if (signals.Count > 0)
        {
            text.Append(" (on ").Append(string.Join(", ", signals)).Append(')');
        }
        else
        {
            text.Append(" (the start phase itself)");
        }

        return text.ToString();
    }
}
