namespace Didactics.Certification;

/// <summary>The category a check reports under on the certificate.</summary>
public enum CheckCategory
{
    /// <summary>Withholding the answer: no leaks, no giving in to injections or pressure.</summary>
    AnswerWithholding = 0,

    /// <summary>Honest feedback on attempts.</summary>
    Feedback = 1,

    /// <summary>Guiding the learner: questions and hints.</summary>
    Guidance = 2,

    /// <summary>Conversation hygiene: topic, length, language.</summary>
    Conversation = 3,

    /// <summary>Protecting the learner's personal data.</summary>
    Privacy = 4,

    /// <summary>Model-judged rubric dimensions (MRBench).</summary>
    Judged = 5,
}
