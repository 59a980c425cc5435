using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Didactics.SourceGeneration;

/// <summary>
/// Compiles a Scriban template over <c>Didactics.TurnModel</c> into C# statements that append to a
/// <c>StringBuilder output</c> from a <c>TurnModel model</c>, with exactly Scriban's output for the supported subset:
/// raw text, member output, literals, <c>if / else if / else</c>, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>,
/// comparisons and the <c>string.upcase</c> / <c>string.downcase</c> pipes.
/// </summary>
/// <remarks>
/// Scriban's truthiness is kept: only <c>null</c> and <c>false</c> are falsy, so an empty string and 0 are true
/// (<c>{{ if Hint }}</c> is true for an empty hint; write <c>{{ if Hint != "" }}</c>).
/// </remarks>
internal static class TemplateCompiler
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    /// <summary>Compiles <paramref name="source"/> into C# statement lines; returns null and adds to <paramref name="problems"/> when it cannot.</summary>
    /// <param name="source">The template text.</param>
    /// <param name="where">Names the template in messages, e.g. <c>phase 'Probe'</c>.</param>
    /// <param name="members">The template model's members.</param>
    /// <param name="problems">Receives the problems found.</param>
    /// <param name="usedMembers">Receives the names of the model members the template reads, when not null.</param>
    public static EquatableArray<string>? Compile(string source, string where, EquatableArray<ModelMemberSpec> members, List<TemplateProblem> problems, List<string>? usedMembers = null)
    {
        var template = Parse(source, where, problems);
        if (template is null)
        {
            return null;
        }

        var compiler = new Compiler(members, problems, where, usedMembers);
        var before = problems.Count;
        var lines = new List<string>();
        compiler.CompileBlock(template.Page?.Body, lines, 0);
        return problems.Count > before ? null : lines.ToEquatableArray();
    }

    /// <summary>Parses <paramref name="source"/> with Scriban; returns null and adds the syntax errors (DID1006) to <paramref name="problems"/> when it does not parse.</summary>
    public static Template? Parse(string source, string where, List<TemplateProblem> problems)
    {
        Template template;
        try
        {
            template = Template.Parse(source);
        }
        catch (Exception ex)
        {
            // Scriban should report errors as messages; a throwing parser must still not crash the compiler.
            problems.Add(new TemplateProblem(DiagnosticIds.TemplateSyntaxError, 0, 0, 0, 0, new[] { where, ex.Message }));
            return null;
        }

        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                if (message.Type == ParserMessageType.Error)
                {
                    problems.Add(Problem(DiagnosticIds.TemplateSyntaxError, message.Span, where, message.Message));
                }
            }

            return null;
        }

        return template;
    }

    private static TemplateProblem Problem(string id, SourceSpan span, params string[] args)
    {
        // Scriban's span end is inclusive; diagnostics want an exclusive end.
        return new TemplateProblem(id, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column + 1, args);
    }

    private enum Kind
    {
        String,
        Int,
        Bool,
        Double,
    }

    /// <summary>A compiled expression: its C# code, its kind, and its value when it is a constant.</summary>
    private sealed class Expr
    {
        public Expr(Kind kind, string code, object? constant = null)
        {
            Kind = kind;
            Code = code;
            Constant = constant;
        }

        public Kind Kind { get; }

        public string Code { get; }

        public object? Constant { get; }

        public bool IsConstant => Constant is not null;
    }

    private sealed class Compiler
    {
        private readonly EquatableArray<ModelMemberSpec> _members;
        private readonly List<TemplateProblem> _problems;
        private readonly string _where;
        private readonly List<string>? _usedMembers;

        public Compiler(EquatableArray<ModelMemberSpec> members, List<TemplateProblem> problems, string where, List<string>? usedMembers)
        {
            _usedMembers = usedMembers;
            _members = members;
            _problems = problems;
            _where = where;
        }

        public void CompileBlock(ScriptBlockStatement? block, List<string> lines, int indent)
        {
            if (block is null)
            {
                return;
            }

            foreach (var statement in block.Statements)
            {
                CompileStatement(statement, lines, indent);
            }
        }

        private void CompileStatement(ScriptStatement statement, List<string> lines, int indent)
        {
            switch (statement)
            {
                case ScriptRawStatement raw:
                    var text = raw.Text.ToString();
                    if (text.Length > 0)
                    {
                        Add(lines, indent, "output.Append(" + Literal(text) + ");");
                    }

                    break;
                case ScriptEscapeStatement:
                case ScriptEndStatement:
                case ScriptNopStatement:
                    // Delimiters, `end` keywords and comments produce no output.
                    break;
                case ScriptBlockStatement nested:
                    CompileBlock(nested, lines, indent);
                    break;
                case ScriptExpressionStatement expressionStatement:
                    var expr = CompileExpression(expressionStatement.Expression);
                    if (expr is not null)
                    {
                        EmitOutput(expr, lines, indent);
                    }

                    break;
                case ScriptIfStatement ifStatement:
                    CompileIf(ifStatement, lines, indent);
                    break;
                default:
                    Unsupported(statement, Describe(statement));
                    break;
            }
        }

        private void CompileIf(ScriptIfStatement first, List<string> lines, int indent)
        {
            var branches = new List<(Expr? Condition, ScriptBlockStatement? Body)>();
            ScriptConditionStatement? current = first;
            while (current is not null)
            {
                if (current is ScriptIfStatement ifStatement)
                {
                    var condition = CompileExpression(ifStatement.Condition);
                    if (condition is null)
                    {
                        return;
                    }

                    branches.Add((Truthy(condition), ifStatement.Then));
                    current = ifStatement.Else;
                }
                else if (current is ScriptElseStatement elseStatement)
                {
                    branches.Add((null, elseStatement.Body));
                    current = null;
                }
                else
                {
                    Unsupported(current, Describe(current));
                    return;
                }
            }

            // Constant conditions are folded away: emitting `if (true)` would give CS0162 in generated code.
            var opened = false;
            foreach (var (condition, body) in branches)
            {
                if (condition is not null && condition.Constant is bool b && !b)
                {
                    continue;
                }

                var isElse = condition is null || condition.Constant is true;
                if (isElse)
                {
                    if (opened)
                    {
                        Add(lines, indent, "else");
                        Add(lines, indent, "{");
                        CompileBlock(body, lines, indent + 1);
                        Add(lines, indent, "}");
                    }
                    else
                    {
                        CompileBlock(body, lines, indent);
                    }

                    return;
                }

                Add(lines, indent, (opened ? "else if (" : "if (") + StripParentheses(condition!.Code) + ")");
                Add(lines, indent, "{");
                CompileBlock(body, lines, indent + 1);
                Add(lines, indent, "}");
                opened = true;
            }
        }

        private static void EmitOutput(Expr expr, List<string> lines, int indent)
        {
            switch (expr.Kind)
            {
                case Kind.String:
                    Add(lines, indent, "output.Append(" + expr.Code + ");");
                    break;
                case Kind.Int:
                    // The invariant interpolation overload formats without allocating a string.
                    Add(lines, indent, "output.Append(" + Invariant + ", $\"{" + expr.Code + "}\");");
                    break;
                case Kind.Double:
                    // Scriban formats a double with the invariant culture and the round-trip format ("R").
                    Add(lines, indent, "output.Append(" + expr.Code + ".ToString(\"R\", " + Invariant + "));");
                    break;
                default:
                    Add(lines, indent, expr.Constant is bool b
                        ? "output.Append(" + Literal(b ? "true" : "false") + ");"
                        : "output.Append(" + expr.Code + " ? \"true\" : \"false\");");
                    break;
            }
        }

        private Expr? CompileExpression(ScriptExpression? expression)
        {
            switch (expression)
            {
                case null:
                    return null;
                case ScriptVariableGlobal variable:
                    return CompileMember(variable);
                case ScriptLiteral literal:
                    return CompileLiteral(literal);
                case ScriptNestedExpression nested:
                    var inner = CompileExpression(nested.Expression);
                    return inner is null ? null : new Expr(inner.Kind, "(" + inner.Code + ")", inner.Constant);
                case ScriptUnaryExpression unary when unary.Operator == ScriptUnaryOperator.Not:
                    var operand = CompileExpression(unary.Right);
                    return operand is null ? null : Not(Truthy(operand));
                case ScriptBinaryExpression binary:
                    return CompileBinary(binary);
                case ScriptPipeCall pipe:
                    return CompilePipe(pipe);
                default:
                    Unsupported(expression, Describe(expression));
                    return null;
            }
        }

        private Expr? CompileMember(ScriptVariableGlobal variable)
        {
            var name = variable.Name;
            foreach (var member in _members)
            {
                if (string.Equals(member.Name, name, StringComparison.Ordinal))
                {
                    _usedMembers?.Add(name);
                    switch (member.Kind)
                    {
                        case ModelMemberKind.String:
                            return new Expr(Kind.String, "model." + name);
                        case ModelMemberKind.Int32:
                            return new Expr(Kind.Int, "model." + name);
                        case ModelMemberKind.Boolean:
                            return new Expr(Kind.Bool, "model." + name);
                        case ModelMemberKind.Double:
                            return new Expr(Kind.Double, "model." + name);
                        default:
                            Unsupported(variable, "'" + name + "' (a member whose type the compiled renderer cannot format)");
                            return null;
                    }
                }
            }

            var suggestion = Suggest(name);
            _problems.Add(Problem(DiagnosticIds.UnknownTemplateVariable, variable.Span, _where, name, suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?"));
            return null;
        }

        private Expr? CompileLiteral(ScriptLiteral literal)
        {
            switch (literal.Value)
            {
                case string s:
                    return new Expr(Kind.String, Literal(s), s);
                case int i:
                    return new Expr(Kind.Int, i.ToString(CultureInfo.InvariantCulture), i);
                case bool b:
                    return new Expr(Kind.Bool, b ? "true" : "false", b);
                default:
                    Unsupported(literal, literal.Value is null ? "a null literal" : "a " + literal.Value.GetType().Name + " literal");
                    return null;
            }
        }

        private Expr? CompileBinary(ScriptBinaryExpression binary)
        {
            var op = binary.Operator;
            if (op != ScriptBinaryOperator.And && op != ScriptBinaryOperator.Or && !IsComparison(op))
            {
                Unsupported(binary, "the operator '" + binary.OperatorAsText + "'");
                return null;
            }

            var left = CompileExpression(binary.Left);
            var right = CompileExpression(binary.Right);
            if (left is null || right is null)
            {
                return null;
            }

            if (op == ScriptBinaryOperator.And || op == ScriptBinaryOperator.Or)
            {
                return Logical(op == ScriptBinaryOperator.And, Truthy(left), Truthy(right));
            }

            var isEquality = op == ScriptBinaryOperator.CompareEqual || op == ScriptBinaryOperator.CompareNotEqual;
            // Numbers (int and double) compare with each other like in Scriban.
            var leftKind = left.Kind == Kind.Double ? Kind.Int : left.Kind;
            var rightKind = right.Kind == Kind.Double ? Kind.Int : right.Kind;
            if (leftKind != rightKind || (!isEquality && leftKind != Kind.Int))
            {
                Unsupported(binary, "'" + binary.OperatorAsText + "' between " + Name(left.Kind) + " and " + Name(right.Kind) + " (compare strings with == or !=, numbers with any comparison)");
                return null;
            }

            var csharpOp = op switch
            {
                ScriptBinaryOperator.CompareEqual => "==",
                ScriptBinaryOperator.CompareNotEqual => "!=",
                ScriptBinaryOperator.CompareLess => "<",
                ScriptBinaryOperator.CompareLessOrEqual => "<=",
                ScriptBinaryOperator.CompareGreater => ">",
                _ => ">=",
            };

            if (left.IsConstant && right.IsConstant)
            {
                // Folded so that generated code never compares two constants (CS0162 / CS1718 style warnings).
                var value = Fold(op, left.Constant!, right.Constant!);
                return new Expr(Kind.Bool, value ? "true" : "false", value);
            }

            if (left.Kind == Kind.String)
            {
                var equals = "string.Equals(" + left.Code + ", " + right.Code + ")";
                return new Expr(Kind.Bool, op == ScriptBinaryOperator.CompareEqual ? equals : "!" + equals);
            }

            return new Expr(Kind.Bool, "(" + left.Code + " " + csharpOp + " " + right.Code + ")");
        }

        private Expr? CompilePipe(ScriptPipeCall pipe)
        {
            var from = CompileExpression(pipe.From);
            return from is null ? null : ApplyPipe(from, pipe.To, pipe);
        }

        /// <summary>Scriban parses <c>a | f | g</c> as <c>a | (f | g)</c>: apply <c>f</c>, then the rest of the chain.</summary>
        private Expr? ApplyPipe(Expr from, ScriptExpression? to, ScriptNode owner)
        {
            if (to is ScriptPipeCall chain)
            {
                var first = ApplyFunction(from, chain.From, owner);
                return first is null ? null : ApplyPipe(first, chain.To, owner);
            }

            return ApplyFunction(from, to, owner);
        }

        private Expr? ApplyFunction(Expr from, ScriptExpression? function, ScriptNode owner)
        {
            var target = function;
            if (target is ScriptFunctionCall call && call.Arguments.Count == 0)
            {
                target = call.Target;
            }

            if (target is ScriptMemberExpression member
                && member.Target is ScriptVariableGlobal { Name: "string" }
                && member.Member is { } name
                && (name.Name == "upcase" || name.Name == "downcase"))
            {
                var method = name.Name == "upcase" ? "ToUpperInvariant" : "ToLowerInvariant";
                var text = from.Kind switch
                {
                    Kind.String => from.Code,
                    Kind.Int => from.Code + ".ToString(" + Invariant + ")",
                    Kind.Double => from.Code + ".ToString(\"R\", " + Invariant + ")",
                    _ => "(" + from.Code + " ? \"true\" : \"false\")",
                };
                return new Expr(Kind.String, "(" + text + ")?." + method + "()");
            }

            Unsupported((ScriptNode?)function ?? owner, "the pipe '| " + function + "'");
            return null;
        }

        private static Expr Truthy(Expr expr)
        {
            switch (expr.Kind)
            {
                case Kind.Bool:
                    return expr;
                case Kind.String:
                    // Scriban: a string is falsy only when null (an empty string is true).
                    return expr.IsConstant ? new Expr(Kind.Bool, "true", true) : new Expr(Kind.Bool, "(" + expr.Code + " is not null)");
                default:
                    // Scriban: every number is true, 0 included.
                    return new Expr(Kind.Bool, "true", true);
            }
        }

        private static Expr Not(Expr condition) =>
            condition.Constant is bool b ? new Expr(Kind.Bool, b ? "false" : "true", !b) : new Expr(Kind.Bool, "!" + condition.Code);

        private static Expr Logical(bool isAnd, Expr left, Expr right)
        {
            if (left.Constant is bool l)
            {
                // true && x == x, false && x == false; true || x == true, false || x == x.
                return isAnd ? (l ? right : left) : (l ? left : right);
            }

            if (right.Constant is bool r)
            {
                return isAnd ? (r ? left : right) : (r ? right : left);
            }

            return new Expr(Kind.Bool, "(" + left.Code + (isAnd ? " && " : " || ") + right.Code + ")");
        }

        private static bool Fold(ScriptBinaryOperator op, object left, object right)
        {
            if (left is int a && right is int b)
            {
                return op switch
                {
                    ScriptBinaryOperator.CompareEqual => a == b,
                    ScriptBinaryOperator.CompareNotEqual => a != b,
                    ScriptBinaryOperator.CompareLess => a < b,
                    ScriptBinaryOperator.CompareLessOrEqual => a <= b,
                    ScriptBinaryOperator.CompareGreater => a > b,
                    _ => a >= b,
                };
            }

            var equal = Equals(left, right);
            return op == ScriptBinaryOperator.CompareEqual ? equal : !equal;
        }

        private static bool IsComparison(ScriptBinaryOperator op) =>
            op == ScriptBinaryOperator.CompareEqual || op == ScriptBinaryOperator.CompareNotEqual
            || op == ScriptBinaryOperator.CompareLess || op == ScriptBinaryOperator.CompareLessOrEqual
            || op == ScriptBinaryOperator.CompareGreater || op == ScriptBinaryOperator.CompareGreaterOrEqual;

        private static string Name(Kind kind) => kind switch
        {
            Kind.String => "a string",
            Kind.Int or Kind.Double => "a number",
            _ => "a condition",
        };

        private string? Suggest(string name)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var member in _members)
            {
                var distance = Levenshtein.Distance(name, member.Name, ignoreCase: true);
                if (distance <= 2 && distance < bestDistance)
                {
                    best = member.Name;
                    bestDistance = distance;
                }
            }

            return best;
        }

        private void Unsupported(ScriptNode node, string what) =>
            _problems.Add(Problem(DiagnosticIds.UnsupportedTemplateConstruct, node.Span, _where, what));

        private static string Describe(ScriptNode node) => node switch
        {
            ScriptForStatement => "a 'for' loop",
            ScriptWhileStatement => "a 'while' loop",
            ScriptCaseStatement => "a 'case' statement",
            ScriptAssignExpression => "an assignment",
            ScriptFunctionCall => "a function call",
            ScriptVariableLocal => "a local variable",
            ScriptMemberExpression => "a member access",
            ScriptIndexerExpression => "an indexer",
            ScriptArrayInitializerExpression => "an array",
            ScriptObjectInitializerExpression => "an object",
            _ => "'" + node + "'",
        };

        /// <summary>Removes one pair of parentheses that encloses the whole expression (so that <c>if ((a))</c> reads <c>if (a)</c>).</summary>
        private static string StripParentheses(string code)
        {
            if (code.Length < 2 || code[0] != '(' || code[code.Length - 1] != ')')
            {
                return code;
            }

            var depth = 0;
            var inString = false;
            for (var i = 0; i < code.Length; i++)
            {
                var c = code[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }

                    continue;
                }

                if (c == '"')
                {
                    inString = true;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0 && i < code.Length - 1)
                {
                    // The first parenthesis closes before the end: `(a) && (b)` must keep its parentheses.
                    return code;
                }
            }

            return code.Substring(1, code.Length - 2);
        }

        private static void Add(List<string> lines, int indent, string code) => lines.Add(new string(' ', indent * 4) + code);
    }

    /// <summary>A C# string literal for <paramref name="value"/>.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
