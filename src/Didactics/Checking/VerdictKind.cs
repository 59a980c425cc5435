namespace Didactics;

/// <summary>The answer checker's judgement of one learner message.</summary>
public enum VerdictKind
{
    /// <summary>The message contains no attempt at an answer.</summary>
    NoAttempt = 0,

    /// <summary>The message contains an answer equivalent to a reference answer.</summary>
    Correct = 1,

    /// <summary>The message contains an answer that is not equivalent to any reference answer.</summary>
    Incorrect = 2,
}
