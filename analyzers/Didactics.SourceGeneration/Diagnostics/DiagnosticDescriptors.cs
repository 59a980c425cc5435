using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration.Diagnostics
{
    /// <summary>The catalogue of every Didactics diagnostic. Each has a page under docs/diagnostics/ named by its ID.</summary>
    public static class DiagnosticDescriptors
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

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
    }
}
