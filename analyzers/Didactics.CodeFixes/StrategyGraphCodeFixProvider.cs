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
/// Fixes DID0007 by adding <c>[Transition("*", LearnerSignal.AnswerRequest, "…")]</c> to the first Redirect phase
/// (else the first Hint phase, else the start phase) and DID0010 by marking the last declared phase <c>Terminal = true</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StrategyGraphCodeFixProvider)), Shared]
public sealed class StrategyGraphCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string AddAnswerRequestKey = "Didactics.AddAnswerRequestTransition";
    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string MarkTerminalKey = "Didactics.MarkLastPhaseTerminal";

    // The fixes edit transitions and phase flags; template texts (and so template files) play no part.
    private static readonly System.Lazy<TemplateFiles> NoTemplateFiles = new System.Lazy<TemplateFiles>(() => TemplateFiles.Empty);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.NoAnswerRequestTransition, DiagnosticIds.NoTerminalPhase);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var known = KnownTypes.From(model.Compilation);
        if (known is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var declaration = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (declaration is null || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
            {
                continue;
            }

            var graph = StrategyGraph.Read(type, known, NoTemplateFiles, context.CancellationToken);
            if (graph is null)
            {
                continue;
            }

            if (diagnostic.Id == DiagnosticIds.NoAnswerRequestTransition && AnswerRequestTarget(graph) is { } target)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Add [Transition(\"*\", LearnerSignal.AnswerRequest, \"{target.Name}\")]",
                        ct => AddAnswerRequestTransitionAsync(context.Document, declaration, graph, target, ct),
                        AddAnswerRequestKey),
                    diagnostic);
            }
            else if (diagnostic.Id == DiagnosticIds.NoTerminalPhase && graph.Phases.LastOrDefault(p => p.Syntax?.ArgumentList is not null && p.Syntax.SyntaxTree == root.SyntaxTree) is { } last)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Mark phase '{last.Name}' as terminal", ct => MarkTerminalAsync(context.Document, last.Syntax!, ct), MarkTerminalKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Where an answer request should lead: a Redirect phase answers it didactically, a Hint phase offers help instead.</summary>
    private static PhaseNode? AnswerRequestTarget(StrategyGraph graph) =>
        graph.Phases.FirstOrDefault(p => p.Move == MoveKind.Redirect && !p.IsTerminal)
        ?? graph.Phases.FirstOrDefault(p => p.Move == MoveKind.Hint && !p.IsTerminal)
        ?? graph.Start
        ?? graph.Phases.FirstOrDefault();

    private static async Task<Document> AddAnswerRequestTransitionAsync(Document document, TypeDeclarationSyntax declaration, StrategyGraph graph, PhaseNode target, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Put the new transition after the last transition (or phase) written on this declaration.
        var anchor = LastListContaining(declaration, graph.Transitions.Select(t => t.Syntax))
            ?? LastListContaining(declaration, graph.Phases.Select(p => p.Syntax))
            ?? declaration.AttributeLists.LastOrDefault();
        if (anchor is null)
        {
            return document;
        }

        var attribute = CodeFixHelpers.QualifiedAttribute(
            "global::Didactics.Transition(\"*\", global::Didactics.LearnerSignal.AnswerRequest, " + CodeFixHelpers.StringLiteral(target.Name).ToFullString() + ")");
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, CodeFixHelpers.InsertAttributeListAfter(declaration, anchor, attribute)));
    }

    private static AttributeListSyntax? LastListContaining(TypeDeclarationSyntax declaration, System.Collections.Generic.IEnumerable<AttributeSyntax?> attributes)
    {
        AttributeListSyntax? last = null;
        foreach (var attribute in attributes)
        {
            if (attribute?.Parent is AttributeListSyntax list && list.Parent == declaration
                && (last is null || list.SpanStart > last.SpanStart))
            {
                last = list;
            }
        }

        return last;
    }

    private static async Task<Document> MarkTerminalAsync(Document document, AttributeSyntax phase, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || phase.ArgumentList is null)
        {
            return document;
        }

        var trueLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
        var existing = phase.ArgumentList.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Terminal");
        AttributeArgumentListSyntax arguments;
        if (existing is not null)
        {
            arguments = phase.ArgumentList.ReplaceNode(existing, existing.WithExpression(trueLiteral.WithTriviaFrom(existing.Expression)));
        }
        else
        {
            var added = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Terminal")), null, trueLiteral)
                .WithLeadingTrivia(SyntaxFactory.Space);
            arguments = phase.ArgumentList.WithArguments(phase.ArgumentList.Arguments.Add(added));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(phase.ArgumentList, arguments));
    }
}
