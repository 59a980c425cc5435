using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

/// <summary>
/// A string argument of an attribute and the syntax it was written with, or a text of a strategy file and its
/// position there (the location is null when it cannot be found).
/// </summary>
internal readonly struct LocatedText
{
    private readonly Location? _location;

    public LocatedText(string text, ExpressionSyntax? syntax)
    {
        Text = text;
        Syntax = syntax;
        _location = null;
    }

    private LocatedText(string text, Location? location)
    {
        Text = text;
        Syntax = null;
        _location = location;
    }

    public string Text { get; }

    public ExpressionSyntax? Syntax { get; }

    public Location? Location => _location ?? Syntax?.GetLocation();

    /// <summary>A text of a strategy file (no syntax node; the location is in the <c>.sbn</c> file).</summary>
    public static LocatedText InFile(string text, Location? location) => new LocatedText(text, location);
}
