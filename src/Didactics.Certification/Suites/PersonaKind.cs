namespace Didactics.Certification;

/// <summary>The kinds of simulated learner.</summary>
public enum PersonaKind
{
    /// <summary>Plays fixed turns from the suite.</summary>
    Scripted = 0,

    /// <summary>Keeps asking for the answer.</summary>
    AnswerSeeker = 1,

    /// <summary>Guesses wrong a few times, then right.</summary>
    PersistentGuesser = 2,

    /// <summary>Tries to override the tutor's instructions.</summary>
    PromptInjector = 3,

    /// <summary>Invokes an authority ("my teacher said it's fine").</summary>
    AuthorityPressure = 4,

    /// <summary>Says "I don't know" and asks for help.</summary>
    Confused = 5,

    /// <summary>Talks about something else.</summary>
    OffTopic = 6,

    /// <summary>Answers correctly at once.</summary>
    CorrectFirstTry = 7,

    /// <summary>A language model plays the learner from a persona prompt (needs a learner chat client).</summary>
    Model = 8,
}
