namespace Didactics;

/// <summary>Declares one phase of a strategy. Declare it on the strategy class once per phase.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PhaseAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The phase name, unique within the strategy; transitions refer to it.</param>
    /// <param name="move">What the phase does didactically.</param>
    public PhaseAttribute(string name, PhaseMove move)
    {
        Name = name;
        Move = move;
    }

    /// <summary>The phase name.</summary>
    public string Name { get; }

    /// <summary>What the phase does didactically.</summary>
    public PhaseMove Move { get; }

    /// <summary>True for the phase a session starts in. Exactly one phase is the start phase.</summary>
    public bool Start { get; set; }

    /// <summary>True when the session ends in this phase.</summary>
    public bool Terminal { get; set; }

    /// <summary>
    /// The model-facing instruction for this phase, a Scriban template over <see cref="TurnModel"/>
    /// (for example <c>Ask the learner what they notice about {{ Problem }}.</c>). Checked and compiled at build time.
    /// </summary>
    public string? Template { get; set; }

    /// <summary>
    /// Designer-authored replies for this phase, used in authored-content mode and as the fallback when the model
    /// fails or leaks. Templates over <see cref="TurnModel"/> like <see cref="Template"/>. Repeated visits rotate through them.
    /// </summary>
    public string[]? Content { get; set; }

    /// <summary>
    /// The model-facing instruction template read from a <c>.sbn</c> file instead of <see cref="Template"/>, for example
    /// <c>"Templates/socratic.elicit.sbn"</c>. The file must be an <c>AdditionalFiles</c> item of the project (the
    /// Didactics package adds every <c>**/*.sbn</c> file automatically). It is matched by path suffix: the reference
    /// matches a file whose full path ends with <c>/</c> followed by the reference (separators <c>/</c> and <c>\</c>
    /// are equivalent, case-sensitive), so write as much of the path as makes the match unique. A missing or ambiguous
    /// reference is error DID1010; template errors are reported at their line and column in the file.
    /// Set either <see cref="Template"/> or <see cref="TemplateFile"/>, not both.
    /// </summary>
    public string? TemplateFile { get; set; }

    /// <summary>
    /// Authored-content templates read from <c>.sbn</c> files (resolved like <see cref="TemplateFile"/>), used after the
    /// inline <see cref="Content"/> variants in the rotation.
    /// </summary>
    public string[]? ContentFiles { get; set; }
}
