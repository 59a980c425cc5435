using System.Runtime.CompilerServices;

namespace Didactics.Analyzers.Tests;

/// <summary>The project's own strategy sources (samples and built-ins), read from the repository so the tests never drift from them.</summary>
internal static class SampleStrategies
{
    /// <summary>The console sample's Socratic fractions tutor (never discloses; hints, feedback, redirects).</summary>
    public static string FractionsTutor => Read("samples/Didactics.Samples.Console/FractionsTutor.cs");

    /// <summary>The built-in strategies in src/Didactics/Strategies.</summary>
    public static TheoryData<string> BuiltIns => new()
    {
        "src/Didactics/Strategies/SocraticStrategy.cs",
        "src/Didactics/Strategies/ScaffoldedFeedbackStrategy.cs",
        "src/Didactics/Strategies/WorkedExampleStrategy.cs",
    };

    public static string Read(string repositoryPath, [CallerFilePath] string caller = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(caller)!, "../..", repositoryPath));
}
