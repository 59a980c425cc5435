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

/// <summary>One phase of a strategy.</summary>
/// <param name="Name">The phase name.</param>
/// <param name="Move">What the phase does didactically.</param>
/// <param name="IsStart">True for the start phase.</param>
/// <param name="IsTerminal">True when the session ends in this phase.</param>
/// <param name="Template">The model-facing instruction template source, or null.</param>
/// <param name="Content">The authored content template sources.</param>
public sealed record PhaseDescriptor(
    string Name,
    PhaseMove Move,
    bool IsStart,
    bool IsTerminal,
    string? Template,
    ImmutableArray<string> Content);

/// <summary>One declared transition.</summary>
/// <param name="From">The phase left, or <see cref="TransitionAttribute.AnyPhase"/>.</param>
/// <param name="On">The triggering learner signal.</param>
/// <param name="To">The phase entered.</param>
public sealed record TransitionDescriptor(string From, LearnerSignal On, string To);

/// <summary>When the answer may be disclosed.</summary>
/// <param name="Disclosure">The disclosure rule.</param>
/// <param name="MinAttempts">With <see cref="Disclosure.AfterAttempts"/>, the genuine attempts required first.</param>
/// <param name="IsExplicit">False when the strategy declared no policy and the safe default (never) applies.</param>
public sealed record AnswerPolicy(Disclosure Disclosure, int MinAttempts, bool IsExplicit)
{
    /// <summary>The policy applied when a strategy declares none: never disclose.</summary>
    public static AnswerPolicy Default { get; } = new(Disclosure.Never, 0, IsExplicit: false);

    /// <summary>True when, after <paramref name="attempts"/> genuine attempts, the answer may be disclosed.</summary>
    public bool AllowsDisclosure(int attempts) => Disclosure switch
    {
        Disclosure.Never => false,
        Disclosure.AfterAttempts => attempts >= Math.Max(1, MinAttempts),
        Disclosure.OnRequest or Disclosure.Always => true,
        _ => false,
    };
}
