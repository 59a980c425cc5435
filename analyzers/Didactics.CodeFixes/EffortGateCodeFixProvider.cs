using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.CodeFixes;

/// <summary>
/// Fixes DID0014 by declaring <c>[EffortGate(MinAttempts = 1)]</c> on the strategy class (after its
/// <c>[AnswerPolicy]</c>, else after its last attribute), so every next rung of the hint ladder needs the learner's
/// own effort. The hint phases' content should then answer a held turn (<c>{{ if EffortRequired }}…{{ SmallerQuestion }}</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EffortGateCodeFixProvider)), Shared]
public sealed class EffortGateCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of this code action (stable; use it to pick the fix in fix-all or tests).</summary>
    public const string AddEffortGateKey = "Didactics.AddEffortGate";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HelpWithoutEffort);

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
            var declaration = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ClassDeclarationSyntax>();
            if (declaration is null || declaration.AttributeLists.Count == 0)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Add [EffortGate(MinAttempts = 1)]", ct => AddEffortGateAsync(context.Document, declaration, ct), AddEffortGateKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddEffortGateAsync(Document document, ClassDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || declaration.AttributeLists.Any(list => list.Attributes.Any(a => CodeFixHelpers.Names(a, "EffortGate"))))
        {
            return document;
        }

        var anchor = declaration.AttributeLists.LastOrDefault(list => list.Attributes.Any(a => CodeFixHelpers.Names(a, "AnswerPolicy")))
            ?? declaration.AttributeLists.Last();
        var attribute = CodeFixHelpers.QualifiedAttribute("global::Didactics.EffortGate(MinAttempts = 1)");
        var fixedDeclaration = CodeFixHelpers.InsertAttributeListAfter(declaration, anchor, attribute);
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, fixedDeclaration));
    }
}
