using System.Collections.Immutable;

namespace Didactics;

/// <summary>
/// The data form of a strategy, produced at build time by the source generator: what the transparency card shows
/// and what the runtime needs besides the compiled state machine. Never built by reflection.
/// </summary>
public sealed class StrategyDescriptor
{
    /// <summary>Creates a descriptor. Normally only generated code calls this.</summary>
    public StrategyDescriptor(
        string name,
        string? description,
        string? preamble,
        AnswerPolicy answerPolicy,
        ImmutableArray<PhaseDescriptor> phases,
        ImmutableArray<TransitionDescriptor> transitions,
        ImmutableArray<string> hints)
        : this(name, description, preamble, answerPolicy, phases, transitions, hints, transparencyCard: null)
    {
    }

    /// <summary>Creates a descriptor with a transparency card. The source generator calls this overload.</summary>
    /// <param name="name">The strategy's unique name.</param>
    /// <param name="description">A one-sentence description, or null.</param>
    /// <param name="preamble">Text placed before every phase's instructions, or null.</param>
    /// <param name="answerPolicy">When the answer may be disclosed.</param>
    /// <param name="phases">The phases, in declaration order (at least one, exactly one start phase).</param>
    /// <param name="transitions">The declared transitions.</param>
    /// <param name="hints">The hint ladder, general to specific.</param>
    /// <param name="transparencyCard">The strategy's transparency card, or null when none was produced (hand-written strategies).</param>
    public StrategyDescriptor(
        string name,
        string? description,
        string? preamble,
        AnswerPolicy answerPolicy,
        ImmutableArray<PhaseDescriptor> phases,
        ImmutableArray<TransitionDescriptor> transitions,
        ImmutableArray<string> hints,
        TransparencyCard? transparencyCard)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A strategy needs a non-empty name.", nameof(name));
        }

        if (phases.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Strategy '{name}' declares no phases; declare at least one [Phase].", nameof(phases));
        }

        Name = name;
        Description = description;
        Preamble = preamble;
        AnswerPolicy = answerPolicy;
        Phases = phases;
        Transitions = transitions.IsDefault ? ImmutableArray<TransitionDescriptor>.Empty : transitions;
        Hints = hints.IsDefault ? ImmutableArray<string>.Empty : hints;
        TransparencyCard = transparencyCard;

        StartPhase = -1;
        for (var i = 0; i < phases.Length; i++)
        {
            if (phases[i].IsStart)
            {
                StartPhase = i;
                break;
            }
        }

        if (StartPhase < 0)
        {
            throw new ArgumentException($"Strategy '{name}' has no start phase; mark one [Phase] with Start = true.", nameof(phases));
        }
    }

    /// <summary>The strategy's unique name.</summary>
    public string Name { get; }

    /// <summary>A one-sentence description.</summary>
    public string? Description { get; }

    /// <summary>Text placed before every phase's instructions in the model-facing system prompt.</summary>
    public string? Preamble { get; }

    /// <summary>When the answer may be disclosed.</summary>
    public AnswerPolicy AnswerPolicy { get; }

    /// <summary>The phases, in declaration order. Phase indices used by <see cref="IStrategy"/> index this array.</summary>
    public ImmutableArray<PhaseDescriptor> Phases { get; }

    /// <summary>The declared transitions.</summary>
    public ImmutableArray<TransitionDescriptor> Transitions { get; }

    /// <summary>
    /// The effort gate declared with <see cref="EffortGateAttribute"/>, or null. The pipeline applies it unless
    /// <see cref="DidacticsChatClient.EffortGate"/> overrides it.
    /// </summary>
    public EffortGate? EffortGate { get; init; }

    /// <summary>The strategy's hint ladder, general to specific.</summary>
    public ImmutableArray<string> Hints { get; }

    /// <summary>
    /// What teachers and schools read to know how the tutor behaves: a JSON manifest and a Mermaid diagram produced
    /// by the source generator at build time, or null for a hand-written strategy.
    /// </summary>
    public TransparencyCard? TransparencyCard { get; }

    /// <summary>The index of the start phase.</summary>
    public int StartPhase { get; }

    /// <summary>Returns the index of the phase with the given name, or -1.</summary>
    public int IndexOf(string phaseName)
    {
        for (var i = 0; i < Phases.Length; i++)
        {
            if (string.Equals(Phases[i].Name, phaseName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
