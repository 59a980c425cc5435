using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration;

/// <summary>
/// A group of design rules over one strategy graph, as run by <see cref="StrategyDesignAnalyzer"/>: its descriptors,
/// the check, and whether it applies to strategy files (the generator reports DID0001/DID0002 for those itself,
/// while it parses the file, so a file never gets them twice).
/// </summary>
internal sealed class DesignRule
{
    private DesignRule(ImmutableArray<DiagnosticDescriptor> descriptors, Action<StrategyGraph, Action<Diagnostic>> analyze, bool appliesToStrategyFiles)
    {
        Descriptors = descriptors;
        Analyze = analyze;
        AppliesToStrategyFiles = appliesToStrategyFiles;
    }

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    public Action<StrategyGraph, Action<Diagnostic>> Analyze { get; }

    public bool AppliesToStrategyFiles { get; }

    /// <summary>DID0001, DID0002.</summary>
    public static DesignRule AnswerPolicy { get; } = new DesignRule(AnswerPolicyRules.Descriptors, AnswerPolicyRules.Analyze, appliesToStrategyFiles: false);

    /// <summary>DID0003, DID0007, DID0008, DID0009, DID0010.</summary>
    public static DesignRule Graph { get; } = new DesignRule(GraphRules.Descriptors, GraphRules.Analyze, appliesToStrategyFiles: true);

    /// <summary>DID0004, DID0005, DID0011.</summary>
    public static DesignRule Content { get; } = new DesignRule(ContentRules.Descriptors, ContentRules.Analyze, appliesToStrategyFiles: true);

    /// <summary>DID0013.</summary>
    public static DesignRule Pedagogy { get; } = new DesignRule(PedagogyRules.Descriptors, PedagogyRules.Analyze, appliesToStrategyFiles: true);

    /// <summary>DID0014.</summary>
    public static DesignRule Effort { get; } = new DesignRule(EffortRules.Descriptors, EffortRules.Analyze, appliesToStrategyFiles: true);

    public static ImmutableArray<DesignRule> All { get; } = ImmutableArray.Create(AnswerPolicy, Graph, Content, Pedagogy, Effort);
}
