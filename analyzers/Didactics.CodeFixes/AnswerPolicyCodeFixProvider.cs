using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.CodeFixes;

/// <summary>
/// Fixes DID0001 by declaring an answer policy (never disclose, or disclose after three attempts) and DID0002 by
/// tightening the declared policy to <c>AfterAttempts</c> with <c>MinAttempts = 3</c> or to <c>Never</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AnswerPolicyCodeFixProvider)), Shared]
public sealed class AnswerPolicyCodeFixProvider : CodeFixProvider
{
    /// <summary>The attempts the "after attempts" fixes require: enough for productive struggle, few enough not to frustrate.</summary>
    public const int SuggestedMinAttempts = 3;

    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string AddNeverKey = "Didactics.AddAnswerPolicy.Never";
    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string AddAfterAttemptsKey = "Didactics.AddAnswerPolicy.AfterAttempts";
    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string TightenAfterAttemptsKey = "Didactics.TightenAnswerPolicy.AfterAttempts";
    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string TightenNeverKey = "Didactics.TightenAnswerPolicy.Never";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.MissingAnswerPolicy, DiagnosticIds.DisclosureBeforeAttempt);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Id == DiagnosticIds.MissingAnswerPolicy && node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Add [AnswerPolicy(Disclosure.Never)]", ct => AddPolicyAsync(context.Document, declaration, never: true, ct), AddNeverKey),
                    diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create($"Add [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = {SuggestedMinAttempts})]", ct => AddPolicyAsync(context.Document, declaration, never: false, ct), AddAfterAttemptsKey),
                    diagnostic);
            }
            else if (diagnostic.Id == DiagnosticIds.DisclosureBeforeAttempt && node.FirstAncestorOrSelf<AttributeSyntax>() is { ArgumentList: { } } attribute)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Require {SuggestedMinAttempts} attempts before disclosure", ct => TightenAsync(context.Document, attribute, never: false, ct), TightenAfterAttemptsKey),
                    diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create("Never disclose the answer", ct => TightenAsync(context.Document, attribute, never: true, ct), TightenNeverKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddPolicyAsync(Document document, TypeDeclarationSyntax declaration, bool never, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var known = KnownTypes.From(model.Compilation);
        var anchor = declaration.AttributeLists.FirstOrDefault(list => list.Attributes.Any(a =>
                known is not null && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(a, cancellationToken).Symbol?.ContainingType, known.Strategy)))
            ?? declaration.AttributeLists.LastOrDefault();
        if (anchor is null)
        {
            return document;
        }

        var attribute = CodeFixHelpers.QualifiedAttribute(never
            ? "global::Didactics.AnswerPolicy(global::Didactics.Disclosure.Never)"
            : $"global::Didactics.AnswerPolicy(global::Didactics.Disclosure.AfterAttempts, MinAttempts = {SuggestedMinAttempts})");
        var updated = CodeFixHelpers.InsertAttributeListAfter(declaration, anchor, attribute);
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, updated));
    }

    private static async Task<Document> TightenAsync(Document document, AttributeSyntax attribute, bool never, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || attribute.ArgumentList is null)
        {
            return document;
        }

        var member = never ? "Never" : "AfterAttempts";
        var arguments = attribute.ArgumentList.Arguments;
        var result = SyntaxFactory.SeparatedList<AttributeArgumentSyntax>();
        var sawDisclosure = false;
        var sawMinAttempts = false;
        foreach (var argument in arguments)
        {
            if (argument.NameEquals is null && argument.NameColon is null && !sawDisclosure)
            {
                sawDisclosure = true;
                result = result.Add(argument.WithExpression(WithDisclosure(argument.Expression, member)));
            }
            else if (argument.NameColon?.Name.Identifier.ValueText == "disclosure" && !sawDisclosure)
            {
                sawDisclosure = true;
                result = result.Add(argument.WithExpression(WithDisclosure(argument.Expression, member)));
            }
            else if (argument.NameEquals?.Name.Identifier.ValueText == "MinAttempts")
            {
                // Under Never a threshold means nothing: drop it. Otherwise raise it to the suggested value.
                sawMinAttempts = true;
                if (!never)
                {
                    result = result.Add(argument.WithExpression(ThreeLike(argument.Expression)));
                }
            }
            else
            {
                result = result.Add(argument);
            }
        }

        if (!sawDisclosure)
        {
            result = result.Insert(0, SyntaxFactory.AttributeArgument(CodeFixHelpers.Qualified("global::Didactics.Disclosure." + member)));
        }

        if (!never && !sawMinAttempts)
        {
            result = result.Add(SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("MinAttempts")),
                null,
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(SuggestedMinAttempts))));
        }

        // Rebuild the separators as ", " so added or removed arguments read naturally.
        var list = SyntaxFactory.SeparatedList(
            result.Select((a, i) => i == 0 ? a.WithoutLeadingTrivia() : a.WithLeadingTrivia(SyntaxFactory.Space)),
            Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken), System.Math.Max(0, result.Count - 1)));
        var updated = attribute.WithArgumentList(attribute.ArgumentList.WithArguments(list));
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, updated));
    }

    private static ExpressionSyntax WithDisclosure(ExpressionSyntax expression, string member) => expression switch
    {
        // Keep the author's qualification (Disclosure.X, Didactics.Disclosure.X, an alias, ...).
        MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(member).WithTriviaFrom(access.Name)),
        _ => CodeFixHelpers.Qualified("global::Didactics.Disclosure." + member).WithTriviaFrom(expression),
    };

    private static ExpressionSyntax ThreeLike(ExpressionSyntax expression) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(SuggestedMinAttempts)).WithTriviaFrom(expression);
}
