using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>The catalogue of every Didactics diagnostic. Each has a page under docs/diagnostics/ named by its ID.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The base address of the rule pages.</summary>
    public const string HelpLinkBase = "https://github.com/didactics-sdk/didactics/blob/main/docs/diagnostics/";

    private const string Design = "Didactics.Design";
    private const string Generation = "Didactics.Generation";

    /// <summary>DID0001.</summary>
    public static readonly DiagnosticDescriptor MissingAnswerPolicy = Create(
        DiagnosticIds.MissingAnswerPolicy,
        "Strategy declares no answer policy",
        "Strategy '{0}' declares no answer policy, so the generated pipeline never discloses the answer; declare [AnswerPolicy(...)] to decide explicitly",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0002.</summary>
    public static readonly DiagnosticDescriptor DisclosureBeforeAttempt = Create(
        DiagnosticIds.DisclosureBeforeAttempt,
        "Answer policy allows disclosure before any learner attempt",
        "The answer policy of strategy '{0}' lets the learner obtain the answer before making any attempt ({1}); this allows pure answer delegation",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0003.</summary>
    public static readonly DiagnosticDescriptor RevealWithoutAttempt = Create(
        DiagnosticIds.RevealWithoutAttempt,
        "A path reaches a Reveal phase without a learner attempt",
        "Strategy '{0}' can reach Reveal phase '{1}' without any learner attempt: {2}; route the reveal through a transition on CorrectAttempt or IncorrectAttempt",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0004.</summary>
    public static readonly DiagnosticDescriptor TemplateExposesAnswer = Create(
        DiagnosticIds.TemplateExposesAnswer,
        "Phase text uses the reference answer outside a Reveal phase",
        "The {0} of phase '{1}' uses '{{{{ Answer }}}}', but only a Reveal phase may see the reference answer; use '{{{{ Verdict }}}}' so the answer stays outside the model and the learner's view",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0005.</summary>
    public static readonly DiagnosticDescriptor HintContainsAnswer = Create(
        DiagnosticIds.HintContainsAnswer,
        "Hint states the final answer",
        "Hint rung {0} of strategy '{1}' states the final answer ('{2}') while the answer policy forbids disclosing it now; a hint must leave the final step to the learner",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0007.</summary>
    public static readonly DiagnosticDescriptor NoAnswerRequestTransition = Create(
        DiagnosticIds.NoAnswerRequestTransition,
        "No transition handles an answer request",
        "Strategy '{0}' declares no transition on LearnerSignal.AnswerRequest, so the tutor ignores \"just tell me\" instead of responding didactically; add [Transition(\"*\", LearnerSignal.AnswerRequest, ...)]",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0008.</summary>
    public static readonly DiagnosticDescriptor UnreachablePhase = Create(
        DiagnosticIds.UnreachablePhase,
        "Phase is unreachable",
        "Phase '{0}' of strategy '{1}' cannot be reached from start phase '{2}'",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0009.</summary>
    public static readonly DiagnosticDescriptor PhaseWithoutExit = Create(
        DiagnosticIds.PhaseWithoutExit,
        "Non-terminal phase has no exit",
        "Phase '{0}' of strategy '{1}' is not terminal but no transition leads out of it; the learner gets stuck there",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0010.</summary>
    public static readonly DiagnosticDescriptor NoTerminalPhase = Create(
        DiagnosticIds.NoTerminalPhase,
        "Strategy has no terminal phase",
        "Strategy '{0}' has no phase with Terminal = true, so a session never ends; mark the phase that closes the session as terminal",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0011.</summary>
    public static readonly DiagnosticDescriptor AnswerKeyInContent = Create(
        DiagnosticIds.AnswerKeyInContent,
        "Learner-visible text contains an answer key",
        "The {0} contains what looks like an answer key ('{1}'); a learner would see it before making an attempt",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0006.</summary>
    public static readonly DiagnosticDescriptor LeakGuardDisabled = Create(
        DiagnosticIds.LeakGuardDisabled,
        "Answer-leak guard never reports a leak",
        "'{0}' implements IAnswerLeakGuard but never reports a leak, so every model reply that states the answer reaches the learner; scan the reply or delegate to AnswerLeakGuard.Instance",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0012.</summary>
    public static readonly DiagnosticDescriptor AttemptWithoutVerdict = Create(
        DiagnosticIds.AttemptWithoutVerdict,
        "Classifier counts a turn as an attempt without the checker's verdict",
        "'{0}' returns LearnerSignal.{1} on a path that does not consult the answer checker's verdict, so \"I don't know\" or an answer request can count towards the policy's attempt threshold",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0013.</summary>
    public static readonly DiagnosticDescriptor NoFeedbackAfterIncorrectAttempt = Create(
        DiagnosticIds.NoFeedbackAfterIncorrectAttempt,
        "No feedback after an incorrect attempt",
        "Strategy '{0}' has no transition on LearnerSignal.IncorrectAttempt into a Feedback, Hint, Probe or Example phase, so a wrong answer gets no response to the attempt itself",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID0014.</summary>
    public static readonly DiagnosticDescriptor HelpWithoutEffort = Create(
        DiagnosticIds.HelpWithoutEffort,
        "Hint ladder can be climbed without an attempt",
        "Strategy '{0}' lets a learner climb the hint ladder of phase '{1}' to its last rung without any attempt, by repeating {2}; declare [EffortGate] so each next rung needs the learner's own effort",
        Design, DiagnosticSeverity.Warning);

    /// <summary>DID1001.</summary>
    public static readonly DiagnosticDescriptor StrategyMustBePartial = Create(
        DiagnosticIds.StrategyMustBePartial,
        "Strategy class must be partial",
        "Strategy class '{0}' must be declared partial so that the generator can add its pipeline",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1002.</summary>
    public static readonly DiagnosticDescriptor DuplicateStrategyName = Create(
        DiagnosticIds.DuplicateStrategyName,
        "Strategy name is not unique",
        "Strategy name '{0}' is also used by '{1}'; strategy names must be unique within a project",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1003.</summary>
    public static readonly DiagnosticDescriptor InvalidStartPhase = Create(
        DiagnosticIds.InvalidStartPhase,
        "Strategy needs exactly one start phase",
        "Strategy '{0}' must mark exactly one phase with Start = true, but {1} are marked",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1004.</summary>
    public static readonly DiagnosticDescriptor UnknownPhase = Create(
        DiagnosticIds.UnknownPhase,
        "Transition refers to an undeclared phase",
        "Phase '{0}' is not declared in strategy '{1}'{2}",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1005.</summary>
    public static readonly DiagnosticDescriptor DuplicatePhase = Create(
        DiagnosticIds.DuplicatePhase,
        "Phase is declared more than once",
        "Phase '{0}' is declared more than once in strategy '{1}'",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1006.</summary>
    public static readonly DiagnosticDescriptor TemplateSyntaxError = Create(
        DiagnosticIds.TemplateSyntaxError,
        "Template does not parse",
        "Template error in {0}: {1}",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1007.</summary>
    public static readonly DiagnosticDescriptor UnknownTemplateVariable = Create(
        DiagnosticIds.UnknownTemplateVariable,
        "Template uses an unknown variable",
        "Template of {0} uses '{1}', which the template model does not define{2}",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1008.</summary>
    public static readonly DiagnosticDescriptor UnsupportedStrategyShape = Create(
        DiagnosticIds.UnsupportedStrategyShape,
        "Strategy class cannot be generated",
        "Strategy class '{0}' cannot be generated: {1}",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1009.</summary>
    public static readonly DiagnosticDescriptor UnsupportedTemplateConstruct = Create(
        DiagnosticIds.UnsupportedTemplateConstruct,
        "Template construct not supported by the compiled renderer",
        "Template of {0} uses {1}, which the compiled renderer does not support; the template is rendered by Scriban at run time (slower); to compile it, use member output, if/else if/else, comparisons, &&, ||, ! and the string.upcase/string.downcase pipes",
        Generation, DiagnosticSeverity.Info);

    /// <summary>DID1010.</summary>
    public static readonly DiagnosticDescriptor TemplateFileNotResolved = Create(
        DiagnosticIds.TemplateFileNotResolved,
        "Template file cannot be resolved",
        "Template file '{0}' of {1} {2}",
        Generation, DiagnosticSeverity.Error);

    /// <summary>DID1011.</summary>
    public static readonly DiagnosticDescriptor UnusedTemplateFile = Create(
        DiagnosticIds.UnusedTemplateFile,
        "Template file is not used by any phase",
        "Template file '{0}' is not used by any phase; reference it with TemplateFile or ContentFiles, or remove it from the project",
        Generation, DiagnosticSeverity.Warning);

    /// <summary>DID1012.</summary>
    public static readonly DiagnosticDescriptor InvalidStrategyFile = Create(
        DiagnosticIds.InvalidStrategyFile,
        "Strategy file is malformed",
        "Strategy file '{0}': {1}",
        Generation, DiagnosticSeverity.Error);

    /// <summary>Returns the descriptor with the given ID.</summary>
    /// <exception cref="System.ArgumentException">No descriptor has that ID.</exception>
    public static DiagnosticDescriptor ById(string id)
    {
        switch (id)
        {
            case DiagnosticIds.MissingAnswerPolicy: return MissingAnswerPolicy;
            case DiagnosticIds.DisclosureBeforeAttempt: return DisclosureBeforeAttempt;
            case DiagnosticIds.StrategyMustBePartial: return StrategyMustBePartial;
            case DiagnosticIds.DuplicateStrategyName: return DuplicateStrategyName;
            case DiagnosticIds.InvalidStartPhase: return InvalidStartPhase;
            case DiagnosticIds.UnknownPhase: return UnknownPhase;
            case DiagnosticIds.DuplicatePhase: return DuplicatePhase;
            case DiagnosticIds.TemplateSyntaxError: return TemplateSyntaxError;
            case DiagnosticIds.UnknownTemplateVariable: return UnknownTemplateVariable;
            case DiagnosticIds.UnsupportedStrategyShape: return UnsupportedStrategyShape;
            case DiagnosticIds.UnsupportedTemplateConstruct: return UnsupportedTemplateConstruct;
            case DiagnosticIds.TemplateFileNotResolved: return TemplateFileNotResolved;
            case DiagnosticIds.UnusedTemplateFile: return UnusedTemplateFile;
            case DiagnosticIds.InvalidStrategyFile: return InvalidStrategyFile;
            default: throw new System.ArgumentException("Unknown diagnostic ID '" + id + "'.", nameof(id));
        }
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
