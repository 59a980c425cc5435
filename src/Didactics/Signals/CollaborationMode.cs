namespace Didactics;

/// <summary>
/// How a learner collaborates with the tutor in one turn, after the collaboration patterns used to study how people
/// use AI assistants (directive delegation and feedback loops automate the task; task iteration, learning and
/// validation augment the learner's own work). The share of <see cref="DirectiveDelegation"/> turns is the session's
/// delegation meter (<see cref="DelegationMeter"/>).
/// </summary>
public enum CollaborationMode
{
    /// <summary>None of the modes: greetings, "I don't know", small talk.</summary>
    None = 0,

    /// <summary>The learner hands the task over: "do it for me", "just tell me", and every injection or authority-pressure turn.</summary>
    DirectiveDelegation = 1,

    /// <summary>The learner relays feedback and lets the tutor drive: "and now?", "still wrong", or a bare re-guess after an incorrect attempt.</summary>
    FeedbackLoop = 2,

    /// <summary>The learner works on the task: an attempt of their own, with or without reasoning.</summary>
    TaskIteration = 3,

    /// <summary>The learner wants to understand: "why?", "how does that work?", "wat betekent noemer?".</summary>
    Learning = 4,

    /// <summary>The learner asks to check their work: "is this right?", "klopt dit?".</summary>
    Validation = 5,
}
