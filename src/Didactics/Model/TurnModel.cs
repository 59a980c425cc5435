namespace Didactics;

/// <summary>
/// The variables a phase template or authored content may use, for example <c>{{ Problem }}</c> or
/// <c>{{ Verdict }}</c>. Member names are used as written (PascalCase). The reference answer is only
/// available as <see cref="Answer"/> when the answer policy allows disclosure; otherwise it is empty.
/// </summary>
public sealed class TurnModel
{
    /// <summary>The strategy's name.</summary>
    public string Strategy { get; set; } = "";

    /// <summary>The current phase's name.</summary>
    public string Phase { get; set; } = "";

    /// <summary>The problem statement.</summary>
    public string Problem { get; set; } = "";

    /// <summary>The learner's latest message (after redaction).</summary>
    public string Learner { get; set; } = "";

    /// <summary>The classified learner signal, e.g. <c>IncorrectAttempt</c>.</summary>
    public string Signal { get; set; } = "";

    /// <summary><c>correct</c>, <c>incorrect</c> or <c>none</c> (no attempt in the latest message).</summary>
    public string Verdict { get; set; } = "none";

    /// <summary>The answer checker's diagnosis of an incorrect attempt (a matched misconception), or empty.</summary>
    public string Diagnosis { get; set; } = "";

    /// <summary>Genuine attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>The current hint ladder rung (0 before the first hint).</summary>
    public int HintLevel { get; set; }

    /// <summary>The hint at the current rung, or empty.</summary>
    public string Hint { get; set; } = "";

    /// <summary>
    /// The hints of the rungs below the current one, in ladder order and separated by spaces, or empty (before the
    /// second rung). Lets a reply recap what the learner already has, so that each hint builds on the previous ones.
    /// </summary>
    public string EarlierHints { get; set; } = "";

    /// <summary>The session language's primary subtag in lower case, e.g. <c>en</c> or <c>nl</c> (also for <c>nl-BE</c>).</summary>
    public string Language { get; set; } = "en";

    /// <summary>The reference answer, only when the answer policy allows disclosure in this phase; otherwise empty.</summary>
    public string Answer { get; set; } = "";

    /// <summary>The worked example of a sibling problem (statement and numbered steps), or empty when the problem has none.</summary>
    public string Example { get; set; } = "";

    /// <summary>The worked example with its last step left for the learner to fill in, or empty when the problem has none.</summary>
    public string FadedExample { get; set; } = "";

    /// <summary>The collaboration mode of the learner's latest turn, e.g. <c>DirectiveDelegation</c>, <c>Validation</c> (<c>None</c> for the opening turn).</summary>
    public string Mode { get; set; } = "None";

    /// <summary>The share of the learner's turns that were directive delegation ("do it for me"), 0 to 1.</summary>
    public double DelegationShare { get; set; }

    /// <summary>True when the learner slides into delegating: the delegation share reached the threshold. Templates can respond to it.</summary>
    public bool Delegating { get; set; }

    /// <summary>True when the effort gate refused help in this turn: the learner must try first.</summary>
    public bool EffortRequired { get; set; }

    /// <summary>The units of effort (attempts or substantive replies) still needed before the effort gate allows the next help (0 without a gate or when met).</summary>
    public int AttemptsNeeded { get; set; }

    /// <summary>
    /// When <see cref="EffortRequired"/>: one concrete, smaller question the learner can answer instead of the next rung,
    /// in the session language (what is asked, then what is given, then a first step), or, for a learner stuck after
    /// repeated honest "I don't know"s, the problem's worked sibling example with a question about it. Empty otherwise.
    /// </summary>
    public string SmallerQuestion { get; set; } = "";

    /// <summary>True when <see cref="SmallerQuestion"/> shows the worked sibling example to a learner who is stuck.</summary>
    public bool WorkedSibling { get; set; }

    /// <summary>The learner's mean mastery (p(known), 0 to 1) over the problem's skills; 0 when the problem names no skills.</summary>
    public double Mastery { get; set; }
}
