using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

internal sealed class TransitionEdge
{
    private readonly Location? _location;

    public TransitionEdge(string from, SignalKind on, string to, AttributeSyntax? syntax, Location? location = null)
    {
        _location = location;
        From = from;
        On = on;
        To = to;
        Syntax = syntax;
    }

    public string From { get; }

    public SignalKind On { get; }

    public string To { get; }

    public AttributeSyntax? Syntax { get; }

    public bool IsWildcard => From == StrategyGraph.AnyPhase;

    /// <summary>The <c>[Transition]</c> attribute, or the transition's entry in a strategy file's <c>transitions</c> list.</summary>
    public Location? Location => _location ?? Syntax?.GetLocation();
}
