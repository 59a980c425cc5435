namespace Didactics.SourceGeneration;

/// <summary>The names of the generator's pipeline steps, for incrementality tests (<c>trackIncrementalGeneratorSteps</c>).</summary>
internal static class TrackingNames
{
    public const string TemplateFiles = "Didactics.TemplateFiles";
    public const string TemplateFileIndex = "Didactics.TemplateFileIndex";
    public const string ParsedStrategies = "Didactics.ParsedStrategies";
    public const string ResolvedTemplates = "Didactics.ResolvedTemplates";
    public const string CompiledTemplates = "Didactics.CompiledTemplates";
    public const string StrategyFileContext = "Didactics.StrategyFileContext";
    public const string StrategyFiles = "Didactics.StrategyFiles";
    public const string ParsedStrategyFiles = "Didactics.ParsedStrategyFiles";
    public const string CompiledStrategyFiles = "Didactics.CompiledStrategyFiles";
    public const string StrategyNames = "Didactics.StrategyNames";
    public const string AssemblyName = "Didactics.AssemblyName";
    public const string StrategyOutputs = "Didactics.StrategyOutputs";
    public const string StrategyFileOutputs = "Didactics.StrategyFileOutputs";
    public const string UsedTemplateFiles = "Didactics.UsedTemplateFiles";
    public const string UnusedTemplateFiles = "Didactics.UnusedTemplateFiles";
    public const string Diagnostics = "Didactics.Diagnostics";
    public const string EmitSpecs = "Didactics.EmitSpecs";
    public const string FileEmitSpecs = "Didactics.FileEmitSpecs";
    public const string Registrations = "Didactics.Registrations";

    /// <summary>Every step that runs for C# strategies (the template-file and strategy-file steps run only when such files exist).</summary>
    public static readonly string[] All =
    {
        TemplateFileIndex, ParsedStrategies, ResolvedTemplates, CompiledTemplates, StrategyNames, AssemblyName,
        StrategyOutputs, Diagnostics, EmitSpecs, Registrations,
    };
}
