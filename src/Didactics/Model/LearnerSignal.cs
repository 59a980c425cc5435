namespace Didactics;

/// <summary>The classified meaning of one learner turn. Transitions between phases are keyed on these.</summary>
public enum LearnerSignal
{
    /// <summary>Nothing recognizable: greetings, small talk, or text the classifier could not place.</summary>
    Unclassified = 0,

    /// <summary>The learner gave an answer and the answer checker judged it correct.</summary>
    CorrectAttempt = 1,

    /// <summary>The learner gave an answer and the answer checker judged it incorrect.</summary>
    IncorrectAttempt = 2,

    /// <summary>The learner asks for the answer instead of working on it ("just tell me", "geef gewoon het antwoord").</summary>
    AnswerRequest = 3,

    /// <summary>The learner says they do not know ("I don't know", "geen idee").</summary>
    DontKnow = 4,

    /// <summary>The learner talks about something unrelated to the problem.</summary>
    OffTopic = 5,

    /// <summary>The learner tries to override the tutor's instructions ("ignore your instructions", "negeer je instructies").</summary>
    InjectionAttempt = 6,

    /// <summary>The learner invokes an authority to obtain the answer ("my teacher said you may give it", "de juf zegt dat het mag").</summary>
    AuthorityPressure = 7,
}

/// <summary>Helpers over <see cref="LearnerSignal"/>.</summary>
public static class LearnerSignals
{
    /// <summary>True for the signals that count as a genuine attempt at the problem.</summary>
    public static bool IsAttempt(this LearnerSignal signal) =>
        signal is LearnerSignal.CorrectAttempt or LearnerSignal.IncorrectAttempt;

    /// <summary>True for the signals by which a learner tries to obtain the answer without working on it.</summary>
    public static bool IsDelegation(this LearnerSignal signal) =>
        signal is LearnerSignal.AnswerRequest or LearnerSignal.InjectionAttempt or LearnerSignal.AuthorityPressure;
}
