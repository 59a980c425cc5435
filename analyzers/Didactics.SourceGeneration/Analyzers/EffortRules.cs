using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>
/// DID0014: help is earned. A strategy without an effort gate whose hint ladder can be climbed to its last rung by
/// turns that are not attempts: the pipeline climbs one rung on every turn that enters (or stays in) a Hint phase,
/// so a Hint phase that lies on a cycle of non-attempt turns ("I don't know", answer requests, injections, pressure,
/// off-topic or unclassified turns; a turn without a matching transition stays in its phase) hands out the
/// bottom-out hint to a learner who never tries.
/// </summary>
internal static class EffortRules
{
    private static readonly SignalKind[] NonAttempts =
    {
        SignalKind.DontKnow, SignalKind.AnswerRequest, SignalKind.InjectionAttempt, SignalKind.AuthorityPressure, SignalKind.OffTopic, SignalKind.Unclassified,
    };

    /// <summary>The rules' descriptors.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.HelpWithoutEffort);

    public static void Analyze(StrategyGraph graph, Action<Diagnostic> report)
    {
        if (!graph.HasSoundStructure || graph.Start is null || graph.DeclaresEffortGate)
        {
            return;
        }

        foreach (var phase in graph.ReachablePhases)
        {
            if (phase.Move != MoveKind.Hint)
            {
                continue;
            }

            var cycle = NonAttemptCycle(graph, phase);
            if (cycle is not null)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.HelpWithoutEffort, phase.Location ?? graph.ClassLocation, graph.Name, phase.Name, cycle));
                return; // one finding per strategy: one gate fixes every ladder
            }
        }
    }

    // Where one learner turn with this signal leads from the phase: the runtime's rule (a specific transition wins
    // over "*"), and no matching transition keeps the session in its phase (where a Hint phase climbs again).
    private static PhaseNode Next(StrategyGraph graph, PhaseNode from, SignalKind signal)
    {
        foreach (var (edge, target) in graph.Exits(from))
        {
            if (edge.On == signal)
            {
                return target;
            }
        }

        return from;
    }

    /// <summary>
    /// A description of the shortest cycle of non-attempt turns that leaves <paramref name="hint"/> and enters it
    /// again (e.g. <c>DontKnow turns in 'Hint'</c>), or null when every way back needs an attempt.
    /// </summary>
    private static string? NonAttemptCycle(StrategyGraph graph, PhaseNode hint)
    {
        if (hint.IsTerminal)
        {
            return null;
        }

        // Breadth-first over phases, remembering the turn that first reached each one.
        var via = new Dictionary<string, (PhaseNode From, SignalKind Signal)>(StringComparer.Ordinal);
        var queue = new Queue<PhaseNode>();
        queue.Enqueue(hint);
        while (queue.Count > 0)
        {
            var phase = queue.Dequeue();
            foreach (var signal in NonAttempts)
            {
                var next = Next(graph, phase, signal);
                if (next.Name == hint.Name)
                {
                    return Describe(via, hint, phase, signal);
                }

                if (!next.IsTerminal && !via.ContainsKey(next.Name))
                {
                    via[next.Name] = (phase, signal);
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    private static string Describe(Dictionary<string, (PhaseNode From, SignalKind Signal)> via, PhaseNode hint, PhaseNode last, SignalKind closing)
    {
        var steps = new List<string> { closing + " in '" + last.Name + "'" };
        for (var phase = last; phase.Name != hint.Name && via.TryGetValue(phase.Name, out var step); phase = step.From)
        {
            steps.Add(step.Signal + " in '" + step.From.Name + "'");
        }

        steps.Reverse();
        return string.Join(", then ", steps.Distinct()) + " turns";
    }
}
