namespace Didactics;

/// <summary>
/// Marks a <c>partial</c> class as a didactic strategy. The Didactics source generator turns the class, its
/// <see cref="PhaseAttribute"/>, <see cref="TransitionAttribute"/>, <see cref="AnswerPolicyAttribute"/> and
/// <see cref="HintAttribute"/> declarations into a compiled state machine implementing <see cref="IStrategy"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StrategyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The strategy's unique name, used as its key in dependency injection and in session state.</param>
    public StrategyAttribute(string name) => Name = name;

    /// <summary>The strategy's unique name.</summary>
    public string Name { get; }

    /// <summary>A one-sentence description for the transparency card.</summary>
    public string? Description { get; set; }

    /// <summary>A text placed before every phase's instructions in the model-facing system prompt.</summary>
    public string? Preamble { get; set; }
}
