using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Didactics.SourceGeneration;

/// <summary>
/// Rules over the run-time components a developer can replace: DID0006 (an <c>IAnswerLeakGuard</c> whose
/// <c>Scan</c> never reports a leak) and DID0012 (an <c>ILearnerSignalClassifier</c> that returns an attempt signal
/// without consulting the answer checker's verdict, so non-attempts count towards the attempt threshold).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuntimeComponentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LeakGuardDisabled, DiagnosticDescriptors.AttemptWithoutVerdict);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            var guard = compilation.GetTypeByMetadataName("Didactics.IAnswerLeakGuard");
            var classifier = compilation.GetTypeByMetadataName("Didactics.ILearnerSignalClassifier");
            var scanResult = compilation.GetTypeByMetadataName("Didactics.LeakScanResult");
            var signal = compilation.GetTypeByMetadataName("Didactics.LearnerSignal");
            var scan = guard?.GetMembers("Scan").OfType<IMethodSymbol>().FirstOrDefault();
            var classify = classifier?.GetMembers("Classify").OfType<IMethodSymbol>().FirstOrDefault();
            if ((scan is null || scanResult is null) && (classify is null || signal is null))
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var declaration = (MethodDeclarationSyntax)node.Node;
                    if (declaration.Body is null && declaration.ExpressionBody is null)
                    {
                        return;
                    }

                    var name = declaration.Identifier.ValueText;
                    if (name != "Scan" && name != "Classify")
                    {
                        return;
                    }

                    if (node.SemanticModel.GetDeclaredSymbol(declaration, node.CancellationToken) is not { } method)
                    {
                        return;
                    }

                    if (scan is not null && scanResult is not null && Implements(method, scan))
                    {
                        CheckGuard(node, declaration, method, scanResult);
                    }
                    else if (classify is not null && signal is not null && Implements(method, classify))
                    {
                        CheckClassifier(node, declaration, method, signal);
                    }
                },
                SyntaxKind.MethodDeclaration);
        });
    }

    private static bool Implements(IMethodSymbol method, IMethodSymbol interfaceMethod) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(interfaceMethod), method);

    private static void CheckGuard(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration, IMethodSymbol method, INamedTypeSymbol scanResult)
    {
        var leaves = ReturnedLeaves(declaration).ToList();
        if (leaves.Count > 0 && leaves.All(leaf => IsNoLeak(leaf, context.SemanticModel, scanResult, context)))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LeakGuardDisabled, declaration.Identifier.GetLocation(), method.ContainingType.Name));
        }
    }

    /// <summary>
    /// True when <paramref name="expression"/> always evaluates to "no leak": <c>default</c>, <c>LeakScanResult.None</c>,
    /// a creation with <c>Leak</c> false or unset, a <c>with</c> expression that sets <c>Leak = false</c> (or keeps the
    /// <c>Leak</c> of a no-leak value), or a readonly field, get-only property or never-reassigned local declared in
    /// the same file whose value is one of these.
    /// </summary>
    private static bool IsNoLeak(ExpressionSyntax expression, SemanticModel model, INamedTypeSymbol scanResult, SyntaxNodeAnalysisContext context, int depth = 0)
    {
        if (depth > 8)
        {
            return false;
        }

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return IsNoLeak(parenthesized.Expression, model, scanResult, context, depth + 1);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression):
            case DefaultExpressionSyntax:
                return true;
            case BaseObjectCreationExpressionSyntax creation:
                if (!SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation, context.CancellationToken).Type, scanResult))
                {
                    return false;
                }

                // new LeakScanResult() / new(false, ...) / new LeakScanResult { Leak = false }.
                var leak = creation.ArgumentList?.Arguments.FirstOrDefault(a => a.NameColon is null || a.NameColon.Name.Identifier.ValueText == "Leak")?.Expression
                    ?? LeakAssignment(creation.Initializer);
                return leak is null || IsConstantFalse(leak, model, context);
            case WithExpressionSyntax with:
                if (!SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(with, context.CancellationToken).Type, scanResult))
                {
                    return false;
                }

                // result with { Leak = false } never reports, whatever result held; without Leak it keeps the original's.
                var assigned = LeakAssignment(with.Initializer);
                return assigned is not null
                    ? IsConstantFalse(assigned, model, context)
                    : IsNoLeak(with.Expression, model, scanResult, context, depth + 1);
            default:
                var symbol = model.GetSymbolInfo(expression, context.CancellationToken).Symbol;
                if (symbol is IPropertySymbol { Name: "None" } none && SymbolEqualityComparer.Default.Equals(none.ContainingType, scanResult))
                {
                    return true;
                }

                return ValueOfStoredResult(symbol, expression, context) is { } stored
                    && IsNoLeak(stored, model, scanResult, context, depth + 1);
        }
    }

    /// <summary>
    /// The single value a readonly field, get-only property or local holds, when it is declared in the same file (so
    /// the method's semantic model can bind it) and nothing can assign it another value; otherwise null.
    /// </summary>
    private static ExpressionSyntax? ValueOfStoredResult(ISymbol? symbol, ExpressionSyntax use, SyntaxNodeAnalysisContext context)
    {
        if (symbol is null || symbol.DeclaringSyntaxReferences.Length != 1 || symbol.DeclaringSyntaxReferences[0].SyntaxTree != use.SyntaxTree)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
        switch (symbol)
        {
            case IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true }:
                return (declaration as VariableDeclaratorSyntax)?.Initializer?.Value;
            case IPropertySymbol { SetMethod: null } when declaration is PropertyDeclarationSyntax property:
                return property.Initializer?.Value ?? property.ExpressionBody?.Expression;
            case ILocalSymbol when declaration is VariableDeclaratorSyntax { Initializer: { } initializer } declarator:
                // A local counts only when no statement of its method assigns it again.
                var body = declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>();
                var reassigned = body is not null && body.DescendantNodes().OfType<AssignmentExpressionSyntax>()
                    .Any(a => a.Left is IdentifierNameSyntax id && id.Identifier.ValueText == symbol.Name);
                return reassigned ? null : initializer.Value;
            default:
                return null;
        }
    }

    private static ExpressionSyntax? LeakAssignment(InitializerExpressionSyntax? initializer) =>
        initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Leak" })?.Right;

    private static bool IsConstantFalse(ExpressionSyntax expression, SemanticModel model, SyntaxNodeAnalysisContext context)
    {
        var value = model.GetConstantValue(expression, context.CancellationToken);
        return value.HasValue && value.Value is false;
    }

    private static void CheckClassifier(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration, IMethodSymbol method, INamedTypeSymbol signal)
    {
        var verdict = method.Parameters.FirstOrDefault(p => p.Type.Name == "AnswerVerdict");
        var evaluator = verdict is null ? null : new NoAttemptEvaluator(context.SemanticModel, verdict, context.CancellationToken);
        foreach (var leaf in ReturnedLeaves(declaration))
        {
            if (context.SemanticModel.GetSymbolInfo(leaf, context.CancellationToken).Symbol is IFieldSymbol { Name: "CorrectAttempt" or "IncorrectAttempt" } field
                && SymbolEqualityComparer.Default.Equals(field.ContainingType, signal)
                && (evaluator is null || !IsGuardedBy(leaf, declaration, evaluator)))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AttemptWithoutVerdict, leaf.GetLocation(), method.ContainingType.Name, field.Name));
            }
        }
    }

    /// <summary>
    /// True when a message with no attempt cannot reach <paramref name="leaf"/>: an enclosing if/conditional/switch
    /// whose branch holding the leaf is not taken when the verdict is <c>NoAttempt</c>, or an earlier
    /// <c>if (…) return …;</c> in an enclosing block that a message with no attempt always takes (early return).
    /// Conditions are evaluated by <see cref="NoAttemptEvaluator"/>; one that reads the verdict in an unmodelled way
    /// (a helper call) is given the benefit of the doubt. A heuristic, documented on the DID0012 page.
    /// </summary>
    private static bool IsGuardedBy(ExpressionSyntax leaf, MethodDeclarationSyntax method, NoAttemptEvaluator verdict)
    {
        SyntaxNode child = leaf;
        for (var node = leaf.Parent; node is not null && node != method; child = node, node = node.Parent)
        {
            var reached = node switch
            {
                IfStatementSyntax ifStatement when child == ifStatement.Statement => verdict.Condition(ifStatement.Condition),
                IfStatementSyntax ifStatement when child == ifStatement.Else => NoAttemptEvaluator.Not(verdict.Condition(ifStatement.Condition)),
                ConditionalExpressionSyntax conditional when child == conditional.WhenTrue => verdict.Condition(conditional.Condition),
                ConditionalExpressionSyntax conditional when child == conditional.WhenFalse => NoAttemptEvaluator.Not(verdict.Condition(conditional.Condition)),
                SwitchExpressionArmSyntax arm when child == arm.Expression && arm.Parent is SwitchExpressionSyntax switchExpression => ArmReached(switchExpression, arm, verdict),
                SwitchSectionSyntax section when section.Parent is SwitchStatementSyntax switchStatement => SectionReached(switchStatement, section, verdict),
                BlockSyntax block => EarlierExit(block, child, verdict),
                _ => NoAttemptValue.Unknown,
            };
            if (reached is NoAttemptValue.False or NoAttemptValue.Opaque)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a message with no attempt reaches <paramref name="arm"/>: its pattern matches and no earlier arm always catches it.</summary>
    private static NoAttemptValue ArmReached(SwitchExpressionSyntax switchExpression, SwitchExpressionArmSyntax arm, NoAttemptEvaluator verdict)
    {
        foreach (var candidate in switchExpression.Arms)
        {
            var matches = verdict.Matches(switchExpression.GoverningExpression, candidate.Pattern);
            if (candidate.WhenClause is { } when)
            {
                matches = matches == NoAttemptValue.False ? matches : NoAttemptEvaluator.And(matches, verdict.Condition(when.Condition));
            }

            if (candidate == arm)
            {
                return matches;
            }

            if (matches == NoAttemptValue.True)
            {
                return NoAttemptValue.False;
            }
        }

        return NoAttemptValue.Unknown;
    }

    /// <summary>Whether a message with no attempt enters <paramref name="section"/> of a switch statement.</summary>
    private static NoAttemptValue SectionReached(SwitchStatementSyntax switchStatement, SwitchSectionSyntax section, NoAttemptEvaluator verdict)
    {
        NoAttemptValue Labels(SwitchSectionSyntax s)
        {
            var result = NoAttemptValue.False;
            foreach (var label in s.Labels)
            {
                var matches = label switch
                {
                    CaseSwitchLabelSyntax value => verdict.Equality(switchStatement.Expression, value.Value),
                    CasePatternSwitchLabelSyntax pattern => pattern.WhenClause is { } when
                        ? NoAttemptEvaluator.And(verdict.Matches(switchStatement.Expression, pattern.Pattern), verdict.Condition(when.Condition))
                        : verdict.Matches(switchStatement.Expression, pattern.Pattern),
                    _ => NoAttemptValue.False,
                };
                result = NoAttemptEvaluator.Or(result, matches);
            }

            return result;
        }

        foreach (var other in switchStatement.Sections)
        {
            if (other != section && Labels(other) == NoAttemptValue.True)
            {
                return NoAttemptValue.False;
            }
        }

        var own = Labels(section);
        return own == NoAttemptValue.False && section.Labels.Any(l => l is DefaultSwitchLabelSyntax) ? NoAttemptValue.Unknown : own;
    }

    /// <summary>False when an earlier <c>if (…) return/throw</c> of <paramref name="block"/> always takes a message with no attempt away.</summary>
    private static NoAttemptValue EarlierExit(BlockSyntax block, SyntaxNode child, NoAttemptEvaluator verdict)
    {
        foreach (var statement in block.Statements.TakeWhile(s => s != child))
        {
            if (statement is IfStatementSyntax { Else: null } ifStatement && Exits(ifStatement.Statement))
            {
                var taken = verdict.Condition(ifStatement.Condition);
                if (taken == NoAttemptValue.True)
                {
                    return NoAttemptValue.False;
                }

                if (taken == NoAttemptValue.Opaque)
                {
                    return NoAttemptValue.Opaque;
                }
            }
        }

        return NoAttemptValue.Unknown;
    }

    private static bool Exits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax => true,
        BlockSyntax { Statements.Count: > 0 } block => Exits(block.Statements[block.Statements.Count - 1]),
        _ => false,
    };

    /// <summary>Every expression the method can return, with conditionals and switch expressions expanded into their branches.</summary>
    private static IEnumerable<ExpressionSyntax> ReturnedLeaves(MethodDeclarationSyntax method)
    {
        var roots = new List<ExpressionSyntax>();
        if (method.ExpressionBody is not null)
        {
            roots.Add(method.ExpressionBody.Expression);
        }
        else if (method.Body is not null)
        {
            foreach (var node in method.Body.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
            {
                if (node is ReturnStatementSyntax { Expression: { } returned })
                {
                    roots.Add(returned);
                }
            }
        }

        var stack = new Stack<ExpressionSyntax>(roots);
        while (stack.Count > 0)
        {
            var expression = stack.Pop();
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    stack.Push(parenthesized.Expression);
                    break;
                case ConditionalExpressionSyntax conditional:
                    stack.Push(conditional.WhenTrue);
                    stack.Push(conditional.WhenFalse);
                    break;
                case SwitchExpressionSyntax switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        stack.Push(arm.Expression);
                    }

                    break;
                case ThrowExpressionSyntax:
                    break;
                default:
                    yield return expression;
                    break;
            }
        }
    }
}
