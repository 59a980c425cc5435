using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

/// <summary>
/// A strategy's design read from its attributes (<see cref="Read"/>) or from a <c>*.strategy.sbn</c> file parsed by
/// the generator's own parser (<see cref="FromFile"/>): phases, transitions, answer policy and hint ladder, each part
/// with its location. One graph per strategy; every design rule of <see cref="StrategyDesignAnalyzer"/> runs on it.
/// The analyzers run in a different pipeline from the generator, so they read the attributes themselves. The reader
/// never throws: a missing argument, a wrong type or an error type simply leaves that part out of the graph
/// (the compiler and the generator already report those), so the rules judge only what is well-formed.
/// </summary>
internal sealed partial class StrategyGraph
{
    public const string AnyPhase = "*";

    private StrategyGraph(
        INamedTypeSymbol? type,
        string name,
        Location classLocation,
        Location? phasesLocation,
        Location? transitionsLocation,
        TypeDeclarationSyntax? declaration,
        LocatedText? preamble,
        ImmutableArray<PhaseNode> phases,
        ImmutableArray<TransitionEdge> transitions,
        PolicyInfo? policy,
        ImmutableArray<LocatedText> hints)
    {
        Type = type;
        Name = name;
        ClassLocation = classLocation;
        PhasesLocation = phasesLocation ?? classLocation;
        TransitionsLocation = transitionsLocation ?? classLocation;
        Declaration = declaration;
        Preamble = preamble;
        Phases = phases;
        Transitions = transitions;
        Policy = policy;
        Hints = hints;

        var byName = new Dictionary<string, PhaseNode>(StringComparer.Ordinal);
        var starts = 0;
        foreach (var phase in phases)
        {
            if (!byName.ContainsKey(phase.Name))
            {
                byName.Add(phase.Name, phase);
            }

            if (phase.IsStart)
            {
                starts++;
                Start ??= phase;
            }
        }

        PhasesByName = byName;
        StartCount = starts;
    }

    /// <summary>The attributed class, or null for a strategy file.</summary>
    public INamedTypeSymbol? Type { get; }

    /// <summary>True for a strategy read from a <c>*.strategy.sbn</c> file.</summary>
    public bool IsStrategyFile => Type is null;

    /// <summary>The strategy name, or the class name when the name argument is unusable.</summary>
    public string Name { get; }

    /// <summary>
    /// Where strategy-wide findings are reported: the identifier of the class declaration that carries
    /// <c>[Strategy]</c>, or the <c>name</c> value of a strategy file.
    /// </summary>
    public Location ClassLocation { get; }

    /// <summary>Where a finding about the phase set as a whole goes: the class, or a strategy file's <c>phases</c> list.</summary>
    public Location PhasesLocation { get; }

    /// <summary>Where a finding about the transitions as a whole goes: the class, or a strategy file's <c>transitions</c> list.</summary>
    public Location TransitionsLocation { get; }

    public TypeDeclarationSyntax? Declaration { get; }

    public LocatedText? Preamble { get; }

    /// <summary>Well-formed phases (a name and a known move), in declaration order; duplicates included.</summary>
    public ImmutableArray<PhaseNode> Phases { get; }

    /// <summary>Well-formed transitions (from, a known signal, to), in declaration order.</summary>
    public ImmutableArray<TransitionEdge> Transitions { get; }

    /// <summary>Null when the strategy declares no <c>[AnswerPolicy]</c>.</summary>
    public PolicyInfo? Policy { get; }

    public ImmutableArray<LocatedText> Hints { get; }

    /// <summary>The first phase by each name.</summary>
    public IReadOnlyDictionary<string, PhaseNode> PhasesByName { get; }

    /// <summary>The first phase marked <c>Start = true</c>, or null.</summary>
    public PhaseNode? Start { get; }

    public int StartCount { get; }

    /// <summary>A strategy file's <c>effort_gate</c> minimum (null without one, and for classes: see <see cref="DeclaresEffortGate"/>).</summary>
    public int? FileEffortGate { get; private set; }

    /// <summary>True when the strategy declares an effort gate: <c>[EffortGate]</c> on the class, or <c>effort_gate</c> in a strategy file.</summary>
    public bool DeclaresEffortGate => IsStrategyFile ? FileEffortGate is not null : _classEffortGate;

    private bool _classEffortGate;

    /// <summary>
    /// True when the phase structure is sound enough for graph rules: exactly one start phase and no duplicate
    /// names. Otherwise the generator reports DID1003/DID1005 and the graph rules stay silent to avoid noise.
    /// </summary>
    public bool HasSoundStructure => StartCount == 1 && PhasesByName.Count == Phases.Length;

    /// <summary>The effective policy: the declared one, or the runtime default (never disclose).</summary>
    public DisclosureKind EffectiveDisclosure => Policy is null ? DisclosureKind.Never : Policy.Disclosure ?? DisclosureKind.Never;

    /// <summary>
    /// The phases a session can enter, in breadth-first order from the start phase. Rules about paths judge only
    /// these: a transition out of a phase no session reaches never fires. When the structure is not sound (no
    /// single start, duplicate names), every phase.
    /// </summary>
    public IReadOnlyList<PhaseNode> ReachablePhases => _reachable ??= FindReachable();

    private IReadOnlyList<PhaseNode>? _reachable;

    private IReadOnlyList<PhaseNode> FindReachable()
    {
        if (!HasSoundStructure || Start is null)
        {
            return Phases;
        }

        var reached = new List<PhaseNode> { Start };
        var seen = new HashSet<PhaseNode> { Start };
        for (var i = 0; i < reached.Count; i++)
        {
            foreach (var (_, target) in Exits(reached[i]))
            {
                if (seen.Add(target))
                {
                    reached.Add(target);
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// The phase a learner signal leads to from <paramref name="from"/>, following the runtime's rule: a terminal
    /// phase ends the session (no exits), a specific transition wins over a <c>"*"</c> one, and transitions to
    /// undeclared phases are ignored. Returns the matching edges (several when the design declares duplicates).
    /// </summary>
    public IEnumerable<(TransitionEdge Edge, PhaseNode Target)> Exits(PhaseNode from)
    {
        if (from.IsTerminal)
        {
            yield break;
        }

        var specific = new HashSet<SignalKind>();
        foreach (var edge in Transitions)
        {
            if (!edge.IsWildcard && edge.From == from.Name)
            {
                specific.Add(edge.On);
                if (PhasesByName.TryGetValue(edge.To, out var target))
                {
                    yield return (edge, target);
                }
            }
        }

        foreach (var edge in Transitions)
        {
            if (edge.IsWildcard && !specific.Contains(edge.On) && PhasesByName.TryGetValue(edge.To, out var target))
            {
                yield return (edge, target);
            }
        }
    }
}
