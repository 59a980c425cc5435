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

/// <summary>Declares a transition: in phase <c>from</c>, learner signal <c>on</c> moves the session to phase <c>to</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TransitionAttribute : Attribute
{
    /// <summary>The wildcard for <see cref="From"/>: the transition applies in every non-terminal phase without a more specific one.</summary>
    public const string AnyPhase = "*";

    /// <summary>Creates the attribute.</summary>
    public TransitionAttribute(string from, LearnerSignal on, string to)
    {
        From = from;
        On = on;
        To = to;
    }

    /// <summary>The phase the transition leaves, or <see cref="AnyPhase"/>.</summary>
    public string From { get; }

    /// <summary>The learner signal that triggers the transition.</summary>
    public LearnerSignal On { get; }

    /// <summary>The phase the transition enters.</summary>
    public string To { get; }
}

/// <summary>Declares when the strategy may disclose the final answer. Strategies without one get DID0001.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AnswerPolicyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public AnswerPolicyAttribute(Disclosure disclosure) => Disclosure = disclosure;

    /// <summary>When the answer may be disclosed.</summary>
    public Disclosure Disclosure { get; }

    /// <summary>With <see cref="Disclosure.AfterAttempts"/>: the number of genuine learner attempts required first (at least 1).</summary>
    public int MinAttempts { get; set; }
}

/// <summary>
/// Declares one rung of the strategy's hint ladder. Declare rungs from general to specific; the order of
/// declaration is the order of the ladder. The last rung must still leave the final step to the learner.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class HintAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public HintAttribute(string text) => Text = text;

    /// <summary>The hint text (plain text). A problem with hints of its own uses those as its whole ladder instead.</summary>
    public string Text { get; }
}
