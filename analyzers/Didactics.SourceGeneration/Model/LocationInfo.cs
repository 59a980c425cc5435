using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.SourceGeneration;

/// <summary>
/// A value-equatable stand-in for <see cref="Location"/> (which holds a syntax tree and must not live in a
/// cached model). Re-created as a <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

    public static LocationInfo From(SyntaxTree tree, TextSpan span) =>
        new LocationInfo(tree.FilePath, span, tree.GetText().Lines.GetLinePositionSpan(span));
}
