using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

internal sealed class PhaseNode
{
    private readonly Location? _location;

    public PhaseNode(int index, string name, MoveKind? move, bool isStart, bool isTerminal, LocatedText? template, ImmutableArray<LocatedText> content, AttributeSyntax? syntax, Location? location = null)
    {
        _location = location;
        Index = index;
        Name = name;
        Move = move;
        IsStart = isStart;
        IsTerminal = isTerminal;
        Template = template;
        Content = content;
        Syntax = syntax;
    }

    /// <summary>Position among the strategy's well-formed phases, in declaration order.</summary>
    public int Index { get; }

    public string Name { get; }

    /// <summary>Null when the move argument is missing or not a known <c>PhaseMove</c> value.</summary>
    public MoveKind? Move { get; }

    public bool IsStart { get; }

    public bool IsTerminal { get; }

    public LocatedText? Template { get; }

    public ImmutableArray<LocatedText> Content { get; }

    public AttributeSyntax? Syntax { get; }

    public bool IsReveal => Move == MoveKind.Reveal;

    /// <summary>The <c>[Phase]</c> attribute, or the phase's entry in a strategy file's <c>phases</c> list.</summary>
    public Location? Location => _location ?? Syntax?.GetLocation();
}
