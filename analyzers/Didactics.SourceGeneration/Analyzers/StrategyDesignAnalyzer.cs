using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Didactics.SourceGeneration;

/// <summary>
/// The one entry point of the strategy design rules (DID0001–DID0005, DID0007–DID0011, DID0013, DID0014): each strategy,
/// an attributed class or a <c>*.strategy.sbn</c> file, is read once into a <see cref="StrategyGraph"/> and every
/// rule runs once on that graph. A strategy file is therefore parsed once per compilation, and the template files
/// are indexed once per compilation, however many rules there are.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StrategyDesignAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<DesignRule> _rules;

    /// <summary>Runs every design rule.</summary>
    public StrategyDesignAnalyzer()
        : this(DesignRule.All)
    {
    }

    /// <summary>Runs only <paramref name="rules"/> (tests focused on one group of rules).</summary>
    internal StrategyDesignAnalyzer(ImmutableArray<DesignRule> rules)
    {
        _rules = rules;
        SupportedDiagnostics = rules.SelectMany(r => r.Descriptors).ToImmutableArray();
    }

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        StrategyAnalysis.Register(context, (graph, report) =>
        {
            foreach (var rule in _rules)
            {
                if (!graph.IsStrategyFile || rule.AppliesToStrategyFiles)
                {
                    rule.Analyze(graph, report);
                }
            }
        });
    }
}
