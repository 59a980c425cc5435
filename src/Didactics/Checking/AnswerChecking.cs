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

/// <summary>The result of checking one learner message against a problem.</summary>
/// <param name="Kind">Correct, incorrect, or no attempt.</param>
/// <param name="Candidate">The part of the message read as the learner's answer, or null.</param>
/// <param name="Diagnosis">For an incorrect answer that matches a known misconception, its diagnosis.</param>
public readonly record struct AnswerVerdict(VerdictKind Kind, string? Candidate = null, string? Diagnosis = null)
{
    /// <summary>A verdict for a message with no attempt.</summary>
    public static AnswerVerdict NoAttempt => default;

    /// <summary>The verdict as the template variable spells it: <c>correct</c>, <c>incorrect</c> or <c>none</c>.</summary>
    public string Word => Kind switch
    {
        VerdictKind.Correct => "correct",
        VerdictKind.Incorrect => "incorrect",
        _ => "none",
    };
}

/// <summary>
/// Decides deterministically, outside the model, whether a learner message answers a problem correctly.
/// The model is told only the verdict and the diagnosis, never the reference answer.
/// </summary>
public interface IAnswerChecker
{
    /// <summary>Checks <paramref name="learnerMessage"/> against the reference answers of <paramref name="problem"/>.</summary>
    AnswerVerdict Check(Problem problem, string learnerMessage);
}
