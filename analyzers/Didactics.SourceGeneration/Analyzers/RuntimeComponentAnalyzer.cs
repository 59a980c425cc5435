using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Didactics.SourceGeneration.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Didactics.SourceGeneration.Analyzers
{
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
                var guard = compilation.GetTypeByMetadataName("Didactics.Guard.IAnswerLeakGuard");
                var classifier = compilation.GetTypeByMetadataName("Didactics.Signals.ILearnerSignalClassifier");
                var scanResult = compilation.GetTypeByMetadataName("Didactics.Guard.LeakScanResult");
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

        private static bool IsNoLeak(ExpressionSyntax expression, SemanticModel model, INamedTypeSymbol scanResult, SyntaxNodeAnalysisContext context)
        {
            switch (expression)
            {
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
                        ?? creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
                            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Leak" })?.Right;
                    if (leak is null)
                    {
                        return true;
                    }

                    var value = model.GetConstantValue(leak, context.CancellationToken);
                    return value.HasValue && value.Value is false;
                default:
                    return model.GetSymbolInfo(expression, context.CancellationToken).Symbol is IPropertySymbol { Name: "None" } property
                        && SymbolEqualityComparer.Default.Equals(property.ContainingType, scanResult);
            }
        }

        private static void CheckClassifier(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration, IMethodSymbol method, INamedTypeSymbol signal)
        {
            var verdict = method.Parameters.FirstOrDefault(p => p.Type.Name == "AnswerVerdict");
            foreach (var leaf in ReturnedLeaves(declaration))
            {
                if (context.SemanticModel.GetSymbolInfo(leaf, context.CancellationToken).Symbol is IFieldSymbol { Name: "CorrectAttempt" or "IncorrectAttempt" } field
                    && SymbolEqualityComparer.Default.Equals(field.ContainingType, signal)
                    && (verdict is null || !IsGuardedBy(leaf, declaration, verdict, context)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AttemptWithoutVerdict, leaf.GetLocation(), method.ContainingType.Name, field.Name));
                }
            }
        }

        /// <summary>
        /// True when a condition that reads the verdict decides whether <paramref name="leaf"/> is returned: an
        /// enclosing if/conditional/switch on it, or an earlier if-statement in an enclosing block that filters out
        /// <c>VerdictKind.NoAttempt</c> (early return). A heuristic, documented on the DID0012 page.
        /// </summary>
        private static bool IsGuardedBy(ExpressionSyntax leaf, MethodDeclarationSyntax method, IParameterSymbol verdict, SyntaxNodeAnalysisContext context)
        {
            SyntaxNode child = leaf;
            for (var node = leaf.Parent; node is not null && node != method; child = node, node = node.Parent)
            {
                var guarded = node switch
                {
                    IfStatementSyntax ifStatement => child != ifStatement.Condition && Reads(ifStatement.Condition, verdict, context),
                    ConditionalExpressionSyntax conditional => child != conditional.Condition && Reads(conditional.Condition, verdict, context),
                    SwitchStatementSyntax switchStatement => Reads(switchStatement.Expression, verdict, context),
                    SwitchSectionSyntax section => section.Labels.Any(label => Reads(label, verdict, context)),
                    SwitchExpressionSyntax switchExpression => Reads(switchExpression.GoverningExpression, verdict, context),
                    SwitchExpressionArmSyntax arm => Reads(arm.Pattern, verdict, context) || (arm.WhenClause is not null && Reads(arm.WhenClause, verdict, context)),
                    // An earlier "if (verdict says no attempt) return ..." filters the non-attempts out of what follows;
                    // an earlier check for Correct alone does not (NoAttempt would still fall through to the attempt).
                    BlockSyntax block => block.Statements.TakeWhile(s => s != child).OfType<IfStatementSyntax>()
                        .Any(s => Reads(s.Condition, verdict, context) && s.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(id => id.Identifier.ValueText == "NoAttempt")),
                    _ => false,
                };
                if (guarded)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="node"/> reads the verdict parameter, directly or through a local initialized from it.</summary>
        private static bool Reads(SyntaxNode node, IParameterSymbol verdict, SyntaxNodeAnalysisContext context)
        {
            foreach (var identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                var symbol = context.SemanticModel.GetSymbolInfo(identifier, context.CancellationToken).Symbol;
                if (SymbolEqualityComparer.Default.Equals(symbol, verdict))
                {
                    return true;
                }

                if (symbol is ILocalSymbol local)
                {
                    foreach (var reference in local.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
                            && initializer.Value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
                                .Any(id => SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(id, context.CancellationToken).Symbol, verdict)))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

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
}
