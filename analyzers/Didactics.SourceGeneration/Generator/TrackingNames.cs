namespace Didactics.SourceGeneration.Generator
{
    /// <summary>The names of the generator's pipeline steps, for incrementality tests (<c>trackIncrementalGeneratorSteps</c>).</summary>
    internal static class TrackingNames
    {
        public const string ParsedStrategies = "Didactics.ParsedStrategies";
        public const string CompiledTemplates = "Didactics.CompiledTemplates";
        public const string StrategyNames = "Didactics.StrategyNames";
        public const string AssemblyName = "Didactics.AssemblyName";
        public const string StrategyOutputs = "Didactics.StrategyOutputs";
        public const string Diagnostics = "Didactics.Diagnostics";
        public const string EmitSpecs = "Didactics.EmitSpecs";

        /// <summary>Every step name, for tests that assert each one is tracked.</summary>
        public static readonly string[] All = { ParsedStrategies, CompiledTemplates, StrategyNames, AssemblyName, StrategyOutputs, Diagnostics, EmitSpecs };
    }
}
