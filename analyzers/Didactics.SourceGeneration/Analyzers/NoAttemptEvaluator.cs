using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

/// <summary>What a condition evaluates to for a message with no attempt (a verdict of kind <c>NoAttempt</c>).</summary>
internal enum NoAttemptValue
{
    /// <summary>Always true for a message with no attempt.</summary>
    True,

    /// <summary>Always false for a message with no attempt.</summary>
    False,

    /// <summary>Depends on something other than the verdict (the message text, a counter): either value can occur.</summary>
    Unknown,

    /// <summary>Reads the verdict in a way the analysis does not model (a helper call): given the benefit of the doubt.</summary>
    Opaque,
}

/// <summary>
/// Evaluates the conditions of an <c>ILearnerSignalClassifier.Classify</c> method under the one assumption that
/// matters for DID0012: the answer checker found no attempt. A branch that returns an attempt signal is guarded
/// when a message with no attempt cannot reach it; a condition that merely reads the verdict
/// (<c>verdict.Kind == VerdictKind.Correct ? CorrectAttempt : IncorrectAttempt</c>) still lets a non-attempt reach
/// its other branch. Modelled: <c>Kind</c> compared with or matched against <c>VerdictKind</c> constants (also
/// through a local), <c>Word</c> compared with its strings, <c>Candidate</c> tested for null, <c>!</c>,
/// <c>&amp;&amp;</c>, <c>||</c>, <c>is</c>/<c>not</c>/<c>or</c>/<c>and</c> patterns and property patterns on the verdict.
/// </summary>
internal sealed class NoAttemptEvaluator
{
    private const string NoAttempt = "NoAttempt";
    private readonly SemanticModel _model;
    private readonly IParameterSymbol _verdict;
    private readonly CancellationToken _cancellationToken;

    public NoAttemptEvaluator(SemanticModel model, IParameterSymbol verdict, CancellationToken cancellationToken)
    {
        _model = model;
        _verdict = verdict;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The value of a boolean condition for a message with no attempt.</summary>
    public NoAttemptValue Condition(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Condition(parenthesized.Expression);
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.LogicalNotExpression):
                return Not(Condition(prefix.Operand));
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression):
                return And(Condition(binary.Left), Condition(binary.Right));
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalOrExpression):
                return Or(Condition(binary.Left), Condition(binary.Right));
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                var equal = Equality(binary.Left, binary.Right);
                return binary.IsKind(SyntaxKind.EqualsExpression) ? equal : Not(equal);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.IsExpression) && binary.Right is NameSyntax:
                // "kind is VerdictKind.Correct" parses as a type test but binds to a constant pattern.
                return Equality(binary.Left, binary.Right);
            case IsPatternExpressionSyntax isPattern:
                return Matches(isPattern.Expression, isPattern.Pattern);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression):
                return NoAttemptValue.True;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression):
                return NoAttemptValue.False;
            default:
                return ReadsVerdict(expression) ? NoAttemptValue.Opaque : NoAttemptValue.Unknown;
        }
    }

    /// <summary>Whether <paramref name="pattern"/> matches the value of <paramref name="subject"/> for a message with no attempt.</summary>
    public NoAttemptValue Matches(ExpressionSyntax subject, PatternSyntax pattern)
    {
        var value = ValueOf(subject);
        if (value is null)
        {
            return ReadsVerdict(subject) || ReadsVerdict(pattern) ? NoAttemptValue.Opaque : NoAttemptValue.Unknown;
        }

        return Match(value, pattern);
    }

    /// <summary>True when <paramref name="node"/> reads the verdict parameter, directly or through a local initialized from it.</summary>
    public bool ReadsVerdict(SyntaxNode node)
    {
        foreach (var identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            var symbol = _model.GetSymbolInfo(identifier, _cancellationToken).Symbol;
            if (SymbolEqualityComparer.Default.Equals(symbol, _verdict))
            {
                return true;
            }

            if (symbol is ILocalSymbol local && Initializer(local) is { } initializer && ReadsVerdict(initializer))
            {
                return true;
            }
        }

        return false;
    }

    public static NoAttemptValue Not(NoAttemptValue value) => value switch
    {
        NoAttemptValue.True => NoAttemptValue.False,
        NoAttemptValue.False => NoAttemptValue.True,
        _ => value,
    };

    public static NoAttemptValue And(NoAttemptValue left, NoAttemptValue right)
    {
        if (left == NoAttemptValue.False || right == NoAttemptValue.False)
        {
            return NoAttemptValue.False;
        }

        if (left == NoAttemptValue.True)
        {
            return right;
        }

        return right == NoAttemptValue.True ? left : Unsure(left, right);
    }

    public static NoAttemptValue Or(NoAttemptValue left, NoAttemptValue right) => Not(And(Not(left), Not(right)));

    private static NoAttemptValue Unsure(NoAttemptValue left, NoAttemptValue right) =>
        left == NoAttemptValue.Opaque || right == NoAttemptValue.Opaque ? NoAttemptValue.Opaque : NoAttemptValue.Unknown;

    private static NoAttemptValue Of(bool value) => value ? NoAttemptValue.True : NoAttemptValue.False;

    /// <summary>Whether <paramref name="left"/> equals <paramref name="right"/> for a message with no attempt.</summary>
    public NoAttemptValue Equality(ExpressionSyntax left, ExpressionSyntax right)
    {
        var known = ValueOf(left);
        var other = right;
        if (known is null)
        {
            known = ValueOf(right);
            other = left;
        }

        if (known is null)
        {
            return ReadsVerdict(left) || ReadsVerdict(right) ? NoAttemptValue.Opaque : NoAttemptValue.Unknown;
        }

        return Compare(known.Value, other);
    }

    /// <summary>The value a verdict-derived expression has for a message with no attempt, or null when it is not one.</summary>
    private VerdictValue? ValueOf(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (IsVerdict(expression))
        {
            return VerdictValue.Verdict;
        }

        if (expression is MemberAccessExpressionSyntax member && IsVerdict(member.Expression))
        {
            return member.Name.Identifier.ValueText switch
            {
                "Kind" => VerdictValue.Kind,
                "Word" => VerdictValue.Word,
                "Candidate" => VerdictValue.Candidate,
                "Diagnosis" => VerdictValue.Candidate,
                _ => null,
            };
        }

        if (expression is IdentifierNameSyntax && _model.GetSymbolInfo(expression, _cancellationToken).Symbol is ILocalSymbol local && Initializer(local) is { } initializer)
        {
            return ValueOf(initializer);
        }

        return null;
    }

    private bool IsVerdict(ExpressionSyntax expression)
    {
        var symbol = _model.GetSymbolInfo(expression, _cancellationToken).Symbol;
        if (SymbolEqualityComparer.Default.Equals(symbol, _verdict))
        {
            return true;
        }

        return symbol is ILocalSymbol local && Initializer(local) is { } initializer && IsVerdict(initializer);
    }

    /// <summary>Compares a verdict-derived value (as it is for no attempt) with another expression.</summary>
    private NoAttemptValue Compare(VerdictValue value, ExpressionSyntax other)
    {
        var constant = _model.GetConstantValue(other, _cancellationToken);
        switch (value)
        {
            case VerdictValue.Kind:
                return EnumMember(other) is { } name ? Of(name == NoAttempt) : NoAttemptValue.Opaque;
            case VerdictValue.Word:
                return constant.HasValue && constant.Value is string word ? Of(word == "none") : NoAttemptValue.Opaque;
            case VerdictValue.Candidate:
                // No attempt means nothing was read as the learner's answer: Candidate (and Diagnosis) are null.
                return constant.HasValue ? Of(constant.Value is null) : NoAttemptValue.Opaque;
            default:
                // verdict == AnswerVerdict.NoAttempt / default.
                return other is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.DefaultLiteralExpression)
                    || _model.GetSymbolInfo(other, _cancellationToken).Symbol is IPropertySymbol { Name: NoAttempt, IsStatic: true }
                    ? NoAttemptValue.True
                    : NoAttemptValue.Opaque;
        }
    }

    private NoAttemptValue Match(VerdictValue? value, PatternSyntax pattern)
    {
        switch (pattern)
        {
            case ParenthesizedPatternSyntax parenthesized:
                return Match(value, parenthesized.Pattern);
            case DiscardPatternSyntax:
            case VarPatternSyntax:
                return NoAttemptValue.True;
            case UnaryPatternSyntax unary:
                return Not(Match(value, unary.Pattern));
            case BinaryPatternSyntax binary when binary.IsKind(SyntaxKind.OrPattern):
                return Or(Match(value, binary.Left), Match(value, binary.Right));
            case BinaryPatternSyntax binary:
                return And(Match(value, binary.Left), Match(value, binary.Right));
            case ConstantPatternSyntax constant when value is { } known:
                return Compare(known, constant.Expression);
            case RecursivePatternSyntax recursive when value == VerdictValue.Verdict && recursive.PropertyPatternClause is { } clause && recursive.PositionalPatternClause is null:
                var result = NoAttemptValue.True;
                foreach (var subpattern in clause.Subpatterns)
                {
                    var name = subpattern.NameColon?.Name.Identifier.ValueText ?? (subpattern.ExpressionColon?.Expression as IdentifierNameSyntax)?.Identifier.ValueText;
                    var member = name switch
                    {
                        "Kind" => VerdictValue.Kind,
                        "Word" => VerdictValue.Word,
                        "Candidate" or "Diagnosis" => VerdictValue.Candidate,
                        _ => (VerdictValue?)null,
                    };
                    result = And(result, member is null ? NoAttemptValue.Opaque : Match(member, subpattern.Pattern));
                }

                return result;
            default:
                return NoAttemptValue.Opaque;
        }
    }

    private string? EnumMember(ExpressionSyntax expression) =>
        _model.GetSymbolInfo(expression, _cancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum, ContainingType.Name: "VerdictKind" } field
            ? field.Name
            : null;

    private ExpressionSyntax? Initializer(ILocalSymbol local)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                return initializer.Value;
            }
        }

        return null;
    }

    private enum VerdictValue
    {
        Verdict,
        Kind,
        Word,
        Candidate,
    }
}
