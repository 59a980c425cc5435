namespace Didactics;

/// <summary>What a phase does didactically. The analyzers and the runtime treat <see cref="Reveal"/> specially.</summary>
public enum PhaseMove
{
    /// <summary>Draw out what the learner already thinks.</summary>
    Elicit = 0,

    /// <summary>Question the learner's reasoning.</summary>
    Probe = 1,

    /// <summary>Give a hint from the strategy's hint ladder.</summary>
    Hint = 2,

    /// <summary>Respond to an attempt with feedback (verdict and diagnosis, never the answer).</summary>
    Feedback = 3,

    /// <summary>Show a worked example of a sibling problem.</summary>
    Example = 4,

    /// <summary>Redirect a learner who asks for the answer, goes off topic or tries to override the tutor.</summary>
    Redirect = 5,

    /// <summary>Consolidate what was learned after a correct answer.</summary>
    Consolidate = 6,

    /// <summary>Disclose the final answer. Only entered when the answer policy allows it.</summary>
    Reveal = 7,
}
