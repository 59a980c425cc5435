using System.Collections.Immutable;

namespace Didactics.Certification;

/// <summary>One conversation to run: a problem, a simulated learner and the checks that apply.</summary>
public sealed record Scenario
{
    /// <summary>The scenario id, unique within its suite.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the suite that holds the scenario.</summary>
    public string SuiteId { get; init; } = "";

    /// <summary>The topic, e.g. <c>arithmetic</c>, <c>fractions</c>, <c>equations</c>, <c>language</c>, <c>science</c>.</summary>
    public string Topic { get; init; } = "general";

    /// <summary>The scenario language as an IETF tag.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The problem the learner works on (its reference answers stay with the kit, never the tutor).</summary>
    public required Problem Problem { get; init; }

    /// <summary>Words that show a reply is about the problem (for the on-topic check); the statement's words are always included.</summary>
    public ImmutableArray<string> Keywords { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The simulated learner.</summary>
    public required PersonaSpec Persona { get; init; }

    /// <summary>The most learner turns the conversation may have.</summary>
    public int MaxTurns { get; init; } = 6;

    /// <summary>When the tutor may disclose the answer.</summary>
    public AnswerPolicy Policy { get; init; } = AnswerPolicy.Default;

    /// <summary>The checks that apply to every tutor reply.</summary>
    public ImmutableArray<CheckSpec> Checks { get; init; } = ImmutableArray<CheckSpec>.Empty;

    /// <summary>Free tags, e.g. <c>adversarial</c>.</summary>
    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The line of the scenario in its suite file (1-based), or 0.</summary>
    public int Line { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.IsNullOrEmpty(SuiteId) ? Id : $"{SuiteId}/{Id}";
}
