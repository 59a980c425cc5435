namespace Didactics;

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
