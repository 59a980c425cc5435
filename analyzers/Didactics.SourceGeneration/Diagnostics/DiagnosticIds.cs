namespace Didactics.SourceGeneration;

/// <summary>Every Didactics diagnostic ID, as constants (the code-fix assembly refers to these). Never reuse or renumber an ID.</summary>
internal static class DiagnosticIds
{
    /// <summary>The strategy declares no answer policy.</summary>
    public const string MissingAnswerPolicy = "DID0001";

    /// <summary>The answer policy allows disclosure before any learner attempt.</summary>
    public const string DisclosureBeforeAttempt = "DID0002";

    /// <summary>A path from the start phase reaches a Reveal phase without a learner attempt.</summary>
    public const string RevealWithoutAttempt = "DID0003";

    /// <summary>A template or authored content of a phase that does not reveal uses the reference answer.</summary>
    public const string TemplateExposesAnswer = "DID0004";

    /// <summary>A rung of the hint ladder states the final answer under a policy that forbids disclosure.</summary>
    public const string HintContainsAnswer = "DID0005";

    /// <summary>No transition handles an answer request.</summary>
    public const string NoAnswerRequestTransition = "DID0007";

    /// <summary>A phase cannot be reached from the start phase.</summary>
    public const string UnreachablePhase = "DID0008";

    /// <summary>A non-terminal phase has no transition to another phase.</summary>
    public const string PhaseWithoutExit = "DID0009";

    /// <summary>The strategy has no terminal phase.</summary>
    public const string NoTerminalPhase = "DID0010";

    /// <summary>Learner-visible text contains an answer key.</summary>
    public const string AnswerKeyInContent = "DID0011";

    /// <summary>An answer-leak guard never reports a leak.</summary>
    public const string LeakGuardDisabled = "DID0006";

    /// <summary>A signal classifier counts a turn as an attempt without the answer checker's verdict.</summary>
    public const string AttemptWithoutVerdict = "DID0012";

    /// <summary>No phase responds to an incorrect attempt with feedback.</summary>
    public const string NoFeedbackAfterIncorrectAttempt = "DID0013";

    /// <summary>The hint ladder can be climbed to its last rung by turns that are not attempts (no effort gate).</summary>
    public const string HelpWithoutEffort = "DID0014";

    /// <summary>The strategy class is not partial.</summary>
    public const string StrategyMustBePartial = "DID1001";

    /// <summary>Two strategies share a name.</summary>
    public const string DuplicateStrategyName = "DID1002";

    /// <summary>Not exactly one start phase.</summary>
    public const string InvalidStartPhase = "DID1003";

    /// <summary>A transition names a phase that is not declared.</summary>
    public const string UnknownPhase = "DID1004";

    /// <summary>A phase name is declared twice.</summary>
    public const string DuplicatePhase = "DID1005";

    /// <summary>A template does not parse.</summary>
    public const string TemplateSyntaxError = "DID1006";

    /// <summary>A template uses a variable the template model does not define.</summary>
    public const string UnknownTemplateVariable = "DID1007";

    /// <summary>The strategy class has a shape the generator cannot extend (generic, nested, static, no phases, ...).</summary>
    public const string UnsupportedStrategyShape = "DID1008";

    /// <summary>A template uses a construct the compiled renderer does not support.</summary>
    public const string UnsupportedTemplateConstruct = "DID1009";

    /// <summary>A template file reference (<c>TemplateFile</c> / <c>ContentFiles</c>) matches no AdditionalFiles item, or several.</summary>
    public const string TemplateFileNotResolved = "DID1010";

    /// <summary>A <c>.sbn</c> template file is not used by any phase.</summary>
    public const string UnusedTemplateFile = "DID1011";

    /// <summary>A <c>*.strategy.sbn</c> strategy file is malformed (front matter, keys, values or sections).</summary>
    public const string InvalidStrategyFile = "DID1012";
}
