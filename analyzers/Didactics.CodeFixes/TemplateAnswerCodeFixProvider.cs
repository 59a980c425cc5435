using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.CodeFixes;

/// <summary>Fixes DID0004 by replacing <c>{{ Answer }}</c> with <c>{{ Verdict }}</c> in a string-literal template or content entry.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TemplateAnswerCodeFixProvider)), Shared]
public sealed class TemplateAnswerCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string ReplaceKey = "Didactics.ReplaceAnswerWithVerdict";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TemplateExposesAnswer);

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
            // Only a plain string literal can be rewritten mechanically; a constant or concatenation is left to the author.
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                && literal.Token.IsKind(SyntaxKind.StringLiteralToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use {{ Verdict }} instead of {{ Answer }}", ct => ReplaceAsync(context.Document, literal, ct), ReplaceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Rewrite the token's source text (regular or verbatim): "{{ Answer }}" contains nothing that needs escaping.
        var token = literal.Token;
        var text = TemplateText.ReplaceAnswerWithVerdict(token.Text);
        var value = TemplateText.ReplaceAnswerWithVerdict(token.ValueText);
        var replacement = literal.WithToken(SyntaxFactory.Literal(token.LeadingTrivia, text, value, token.TrailingTrivia));
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
