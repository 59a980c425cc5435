namespace Didactics.SourceGeneration.Diagnostics
{
    /// <summary>Every Didactics diagnostic ID, as constants (the code-fix assembly refers to these). Never reuse or renumber an ID.</summary>
    public static class DiagnosticIds
    {
        /// <summary>The strategy declares no answer policy.</summary>
        public const string MissingAnswerPolicy = "DID0001";

        /// <summary>The answer policy allows disclosure before any learner attempt.</summary>
        public const string DisclosureBeforeAttempt = "DID0002";

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
}
