using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>The Didactics attribute types of one compilation, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    private KnownTypes(INamedTypeSymbol strategy, INamedTypeSymbol? phase, INamedTypeSymbol? transition, INamedTypeSymbol? answerPolicy, INamedTypeSymbol? hint, INamedTypeSymbol? effortGate)
    {
        Strategy = strategy;
        Phase = phase;
        Transition = transition;
        AnswerPolicy = answerPolicy;
        Hint = hint;
        EffortGate = effortGate;
    }

    public INamedTypeSymbol Strategy { get; }

    public INamedTypeSymbol? Phase { get; }

    public INamedTypeSymbol? Transition { get; }

    public INamedTypeSymbol? AnswerPolicy { get; }

    public INamedTypeSymbol? Hint { get; }

    public INamedTypeSymbol? EffortGate { get; }

    /// <summary>Null when the compilation does not reference Didactics (the analyzers then register nothing).</summary>
    public static KnownTypes? From(Compilation compilation)
    {
        var strategy = compilation.GetTypeByMetadataName("Didactics.StrategyAttribute");
        if (strategy is null)
        {
            return null;
        }

        return new KnownTypes(
            strategy,
            compilation.GetTypeByMetadataName("Didactics.PhaseAttribute"),
            compilation.GetTypeByMetadataName("Didactics.TransitionAttribute"),
            compilation.GetTypeByMetadataName("Didactics.AnswerPolicyAttribute"),
            compilation.GetTypeByMetadataName("Didactics.HintAttribute"),
            compilation.GetTypeByMetadataName("Didactics.EffortGateAttribute"));
    }
}
