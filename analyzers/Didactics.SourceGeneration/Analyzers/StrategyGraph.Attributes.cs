using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

/// <summary>The C# front end: a strategy read from the Didactics attributes of a class (or record).</summary>
internal sealed partial class StrategyGraph
{
    /// <summary>Reads the strategy declared on <paramref name="type"/>, or returns null when it has no <c>[Strategy]</c>.</summary>
    /// <remarks>
    /// <c>TemplateFile</c> and <c>ContentFiles</c> are resolved against <paramref name="templates"/> exactly as the
    /// generator resolves them (<see cref="TemplateFileIndex.Find"/>); a reference that matches no file or several
    /// is the generator's DID1010 and is left out. A template read from a file is located over the whole file.
    /// </remarks>
    public static StrategyGraph? Read(INamedTypeSymbol type, KnownTypes known, Lazy<TemplateFiles> templates, CancellationToken cancellationToken)
    {
        AttributeData? strategy = null;
        AttributeData? policy = null;
        var phaseData = new List<AttributeData>();
        var transitionData = new List<AttributeData>();
        var hintData = new List<AttributeData>();
        var effortGate = false;

        foreach (var attribute in type.GetAttributes())
        {
            var cls = attribute.AttributeClass;
            if (cls is null || cls.TypeKind == TypeKind.Error)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(cls, known.Strategy))
            {
                strategy ??= attribute;
            }
            else if (SymbolEqualityComparer.Default.Equals(cls, known.Phase))
            {
                phaseData.Add(attribute);
            }
            else if (SymbolEqualityComparer.Default.Equals(cls, known.Transition))
            {
                transitionData.Add(attribute);
            }
            else if (SymbolEqualityComparer.Default.Equals(cls, known.AnswerPolicy))
            {
                policy ??= attribute;
            }
            else if (SymbolEqualityComparer.Default.Equals(cls, known.Hint))
            {
                hintData.Add(attribute);
            }
            else if (SymbolEqualityComparer.Default.Equals(cls, known.EffortGate))
            {
                effortGate = true;
            }
        }

        if (strategy is null)
        {
            return null;
        }

        var strategySyntax = SyntaxOf(strategy, cancellationToken);
        var declaration = strategySyntax?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        var classLocation = declaration?.Identifier.GetLocation() ?? FirstSourceLocation(type);
        if (classLocation is null)
        {
            return null;
        }

        var name = StringArgument(strategy, 0) ?? type.Name;
        var preamble = NamedString(strategy, strategySyntax, "Preamble");

        var phases = ImmutableArray.CreateBuilder<PhaseNode>();
        foreach (var data in phaseData)
        {
            var phaseName = StringArgument(data, 0);
            var move = EnumArgument(data, 1);
            if (phaseName is null || move is null || move < 0 || move > (int)MoveKind.Reveal)
            {
                continue;
            }

            var syntax = SyntaxOf(data, cancellationToken);
            var template = NamedString(data, syntax, "Template");
            if (template is null && NamedString(data, syntax, "TemplateFile") is { } templateFile)
            {
                template = templates.Value.Resolve(templateFile.Text, cancellationToken);
            }

            var content = NamedStringArray(data, syntax, "Content");
            foreach (var contentFile in NamedStringArray(data, syntax, "ContentFiles"))
            {
                if (templates.Value.Resolve(contentFile.Text, cancellationToken) is { } resolved)
                {
                    content = content.Add(resolved);
                }
            }

            phases.Add(new PhaseNode(
                phases.Count,
                phaseName,
                (MoveKind)move.Value,
                NamedBool(data, "Start"),
                NamedBool(data, "Terminal"),
                template,
                content,
                syntax));
        }

        var transitions = ImmutableArray.CreateBuilder<TransitionEdge>();
        foreach (var data in transitionData)
        {
            var from = StringArgument(data, 0);
            var on = EnumArgument(data, 1);
            var to = StringArgument(data, 2);
            if (from is null || to is null || on is null || on < 0 || on > (int)SignalKind.AuthorityPressure)
            {
                continue;
            }

            transitions.Add(new TransitionEdge(from, (SignalKind)on.Value, to, SyntaxOf(data, cancellationToken)));
        }

        PolicyInfo? policyInfo = null;
        if (policy is not null)
        {
            var disclosure = EnumArgument(policy, 0);
            var min = NamedInt(policy, "MinAttempts") ?? 0;
            policyInfo = new PolicyInfo(
                disclosure is >= 0 and <= (int)DisclosureKind.Always ? (DisclosureKind)disclosure.Value : null,
                min,
                SyntaxOf(policy, cancellationToken));
        }

        var hints = ImmutableArray.CreateBuilder<LocatedText>();
        foreach (var data in hintData)
        {
            var text = StringArgument(data, 0);
            if (text is null)
            {
                continue;
            }

            var syntax = SyntaxOf(data, cancellationToken);
            hints.Add(new LocatedText(text, PositionalExpression(syntax, 0)));
        }

        return new StrategyGraph(type, name, classLocation, null, null, declaration, preamble, phases.ToImmutable(), transitions.ToImmutable(), policyInfo, hints.ToImmutable())
        {
            _classEffortGate = effortGate,
        };
    }

    private static Location? FirstSourceLocation(INamedTypeSymbol type)
    {
        foreach (var location in type.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }

    private static AttributeSyntax? SyntaxOf(AttributeData data, CancellationToken cancellationToken) =>
        data.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    private static string? StringArgument(AttributeData data, int index)
    {
        var args = data.ConstructorArguments;
        if (args.IsDefaultOrEmpty || index >= args.Length)
        {
            return null;
        }

        var arg = args[index];
        return arg.Kind == TypedConstantKind.Primitive ? arg.Value as string : null;
    }

    private static int? EnumArgument(AttributeData data, int index)
    {
        var args = data.ConstructorArguments;
        if (args.IsDefaultOrEmpty || index >= args.Length)
        {
            return null;
        }

        var arg = args[index];
        return arg.Kind == TypedConstantKind.Enum && arg.Value is int value ? value : null;
    }

    private static bool NamedBool(AttributeData data, string name)
    {
        foreach (var pair in data.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Kind == TypedConstantKind.Primitive && pair.Value.Value is bool value)
            {
                return value;
            }
        }

        return false;
    }

    private static int? NamedInt(AttributeData data, string name)
    {
        foreach (var pair in data.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Kind == TypedConstantKind.Primitive && pair.Value.Value is int value)
            {
                return value;
            }
        }

        return null;
    }

    private static LocatedText? NamedString(AttributeData data, AttributeSyntax? syntax, string name)
    {
        foreach (var pair in data.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Kind == TypedConstantKind.Primitive && pair.Value.Value is string value)
            {
                return new LocatedText(value, NamedExpression(syntax, name));
            }
        }

        return null;
    }

    private static ImmutableArray<LocatedText> NamedStringArray(AttributeData data, AttributeSyntax? syntax, string name)
    {
        foreach (var pair in data.NamedArguments)
        {
            if (pair.Key != name || pair.Value.Kind != TypedConstantKind.Array || pair.Value.Values.IsDefault)
            {
                continue;
            }

            // Locate each element when the array is written as an initializer with one expression per element.
            var expression = NamedExpression(syntax, name);
            var initializer = expression switch
            {
                ArrayCreationExpressionSyntax array => array.Initializer,
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
                _ => null,
            };
            var elements = initializer is not null && initializer.Expressions.Count == pair.Value.Values.Length ? initializer.Expressions : default;

            var result = ImmutableArray.CreateBuilder<LocatedText>();
            for (var i = 0; i < pair.Value.Values.Length; i++)
            {
                var element = pair.Value.Values[i];
                if (element.Kind == TypedConstantKind.Primitive && element.Value is string text)
                {
                    result.Add(new LocatedText(text, elements.Count > i ? elements[i] : expression));
                }
            }

            return result.ToImmutable();
        }

        return ImmutableArray<LocatedText>.Empty;
    }

    private static ExpressionSyntax? NamedExpression(AttributeSyntax? syntax, string name)
    {
        if (syntax?.ArgumentList is null)
        {
            return null;
        }

        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.Expression;
            }
        }

        return null;
    }

    private static ExpressionSyntax? PositionalExpression(AttributeSyntax? syntax, int index)
    {
        if (syntax?.ArgumentList is null)
        {
            return null;
        }

        var position = 0;
        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null)
            {
                continue;
            }

            if (position++ == index)
            {
                return argument.Expression;
            }
        }

        return null;
    }
}
