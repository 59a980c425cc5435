using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Didactics.CodeFixes;

/// <summary>Syntax helpers the Didactics code fixes share.</summary>
internal static class CodeFixHelpers
{
    /// <summary>
    /// Parses a fully qualified (<c>global::Didactics.…</c>) expression and marks it for simplification, so the
    /// result reads <c>Disclosure.Never</c> where <c>using Didactics;</c> is in scope and stays qualified elsewhere.
    /// </summary>
    public static ExpressionSyntax Qualified(string expression) =>
        SyntaxFactory.ParseExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// True when <paramref name="attribute"/> is written as <paramref name="name"/> or <c>nameAttribute</c>, plain or
    /// qualified (<c>EffortGate</c>, <c>Didactics.EffortGateAttribute</c>, <c>global::Didactics.EffortGate</c>).
    /// </summary>
    public static bool Names(AttributeSyntax attribute, string name)
    {
        var written = attribute.Name.ToString();
        return written.EndsWith(name, System.StringComparison.Ordinal) || written.EndsWith(name + "Attribute", System.StringComparison.Ordinal);
    }

    /// <summary>Parses an attribute such as <c>global::Didactics.AnswerPolicy(...)</c>, marked for simplification.</summary>
    public static AttributeSyntax QualifiedAttribute(string text)
    {
        var list = (AttributeListSyntax)SyntaxFactory.ParseCompilationUnit("[" + text + "] class C { }").Members[0].AttributeLists[0];
        return list.Attributes[0].WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>
    /// Inserts <paramref name="attribute"/> as a new attribute list on its own line right after
    /// <paramref name="anchor"/>, with the anchor's indentation and line ending.
    /// </summary>
    public static TypeDeclarationSyntax InsertAttributeListAfter(TypeDeclarationSyntax declaration, AttributeListSyntax anchor, AttributeSyntax attribute)
    {
        var indentation = anchor.GetLeadingTrivia().LastOrDefault();
        var leading = indentation.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(indentation) : SyntaxFactory.TriviaList();
        var endOfLine = anchor.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var trailing = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? SyntaxFactory.TriviaList(endOfLine) : SyntaxFactory.TriviaList(SyntaxFactory.Space);

        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(trailing);
        var index = declaration.AttributeLists.IndexOf(anchor);
        return declaration.WithAttributeLists(declaration.AttributeLists.Insert(index + 1, list));
    }

    /// <summary>A C# string literal for <paramref name="value"/>.</summary>
    public static LiteralExpressionSyntax StringLiteral(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
}
