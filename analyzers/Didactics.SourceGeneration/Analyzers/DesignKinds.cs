namespace Didactics.SourceGeneration;

// The Roslyn components' one copy of the runtime enums they read from attribute arguments (analyzers cannot reference
// the runtime assembly, and linking its enum files would give tests that reference both two types of one name).
// KnownEnums takes the generator's names from here; EnumDriftTests fails if they drift from the runtime.

/// <summary>The runtime's <c>Didactics.Disclosure</c> values.</summary>
internal enum DisclosureKind
{
    Never = 0,
    AfterAttempts = 1,
    OnRequest = 2,
    Always = 3,
}

/// <summary>The runtime's <c>Didactics.PhaseMove</c> values.</summary>
internal enum MoveKind
{
    Elicit = 0,
    Probe = 1,
    Hint = 2,
    Feedback = 3,
    Example = 4,
    Redirect = 5,
    Consolidate = 6,
    Reveal = 7,
}

/// <summary>The runtime's <c>Didactics.LearnerSignal</c> values.</summary>
internal enum SignalKind
{
    Unclassified = 0,
    CorrectAttempt = 1,
    IncorrectAttempt = 2,
    AnswerRequest = 3,
    DontKnow = 4,
    OffTopic = 5,
    InjectionAttempt = 6,
    AuthorityPressure = 7,
}
