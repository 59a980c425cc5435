namespace Didactics;

/// <summary>When, if ever, a strategy may disclose the final answer to the learner.</summary>
public enum Disclosure
{
    /// <summary>The answer is never disclosed. The learner has to find it.</summary>
    Never = 0,

    /// <summary>The answer may be disclosed once the learner has made at least <see cref="AnswerPolicyAttribute.MinAttempts"/> genuine attempts.</summary>
    AfterAttempts = 1,

    /// <summary>The answer is disclosed whenever the learner asks for it. This allows pure answer delegation (DID0002).</summary>
    OnRequest = 2,

    /// <summary>The answer may be disclosed at any time. This allows pure answer delegation (DID0002).</summary>
    Always = 3,
}

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
