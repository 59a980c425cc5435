using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration;

public sealed partial class StrategyGenerator
{
    internal const string StrategyAttributeName = "Didactics.StrategyAttribute";
    private const string PhaseAttributeName = "Didactics.PhaseAttribute";
    private const string TransitionAttributeName = "Didactics.TransitionAttribute";
    private const string AnswerPolicyAttributeName = "Didactics.AnswerPolicyAttribute";
    private const string HintAttributeName = "Didactics.HintAttribute";
    private const string EffortGateAttributeName = "Didactics.EffortGateAttribute";
    private const string TurnModelName = "Didactics.TurnModel";
    private const string ServiceCollectionName = "Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string RegistrationHelperName = "Microsoft.Extensions.DependencyInjection.DidacticsServiceCollectionExtensions";

    /// <summary>The readable public instance properties of <c>Didactics.TurnModel</c>, in declaration order.</summary>
    internal static EquatableArray<ModelMemberSpec> ReadModelMembers(Compilation compilation)
    {
        var model = compilation.GetTypeByMetadataName(TurnModelName);
        if (model is null)
        {
            return EquatableArray<ModelMemberSpec>.Empty;
        }

        var members = new List<ModelMemberSpec>();
        foreach (var member in model.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property)
            {
                var kind = property.Type.SpecialType switch
                {
                    SpecialType.System_String => ModelMemberKind.String,
                    SpecialType.System_Int32 => ModelMemberKind.Int32,
                    SpecialType.System_Boolean => ModelMemberKind.Boolean,
                    SpecialType.System_Double => ModelMemberKind.Double,
                    _ => ModelMemberKind.Unsupported,
                };
                members.Add(new ModelMemberSpec(property.Name, kind));
            }
        }

        return members.ToEquatableArray();
    }

    /// <summary>Reads one <c>[Strategy]</c> class into a value model; all symbol and syntax access ends here.</summary>
    internal static StrategyParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        var parser = new Parser(context.SemanticModel.Compilation, symbol, declaration, cancellationToken);
        return parser.Run(context.Attributes.FirstOrDefault());
    }

    private sealed class Parser
    {
        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol _symbol;
        private readonly TypeDeclarationSyntax _declaration;
        private readonly CancellationToken _cancellationToken;
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();

        // Set when an attribute is malformed: the compiler reports that error itself, so the generator stays silent and emits nothing.
        private bool _broken;

        public Parser(Compilation compilation, INamedTypeSymbol symbol, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _symbol = symbol;
            _declaration = declaration;
            _cancellationToken = cancellationToken;
        }

        public StrategyParseResult Run(AttributeData? strategyAttribute)
        {
            var display = _symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
            var identifier = LocationInfo.From(_declaration.Identifier.GetLocation());

            string? strategyName = null;
            string? description = null;
            string? preamble = null;
            LocationInfo? strategyNameLocation = identifier;
            if (strategyAttribute is null || strategyAttribute.ConstructorArguments.Length != 1 || strategyAttribute.AttributeConstructor is null)
            {
                _broken = true;
            }
            else
            {
                strategyName = strategyAttribute.ConstructorArguments[0].Value as string;
                description = NamedString(strategyAttribute, "Description");
                preamble = NamedString(strategyAttribute, "Preamble");
                var syntax = Syntax(strategyAttribute);
                strategyNameLocation = LocationInfo.From(Positional(syntax, 0, "name")) ?? identifier;
                if (string.IsNullOrWhiteSpace(strategyName))
                {
                    Report(DiagnosticDescriptors.UnsupportedStrategyShape, strategyNameLocation, display, "the strategy name is empty");
                }
            }

            CheckShape(display, identifier);

            var members = ReadModelMembers();
            var phases = ReadPhases(display, strategyName ?? _symbol.Name);
            if (phases.Count == 0 && !_broken)
            {
                Report(DiagnosticDescriptors.UnsupportedStrategyShape, identifier, display, "it declares no [Phase]");
            }

            var transitions = ReadTransitions(strategyName ?? _symbol.Name, phases);
            var policy = ReadAnswerPolicy();
            var hints = ReadHints();

            StrategySpec? spec = null;
            // The draft spec is kept even with diagnostics so that the template step still reports template errors;
            // that step drops the spec when any diagnostic exists.
            if (!_broken && strategyName is not null)
            {
                spec = new StrategySpec(
                    _symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
                    _symbol.Name,
                    _symbol.DeclaredAccessibility == Accessibility.Public ? "public" : "internal",
                    IsPartial: true,
                    strategyName,
                    description,
                    preamble,
                    phases.ToEquatableArray(),
                    transitions.ToEquatableArray(),
                    policy,
                    hints.ToEquatableArray(),
                    HasParameterlessConstructor(),
                    members,
                    _compilation.GetTypeByMetadataName(ServiceCollectionName) is not null
                        && _compilation.GetTypeByMetadataName(RegistrationHelperName) is not null)
                {
                    EffortGateMinAttempts = ReadEffortGate(),
                    TypeKeyword = _symbol.IsRecord ? "record" : "class",
                };
            }

            return new StrategyParseResult(spec, _diagnostics.ToEquatableArray(), strategyName, display, _symbol.Name, strategyNameLocation);
        }

        private void CheckShape(string display, LocationInfo? identifier)
        {
            if (!_declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                Report(DiagnosticDescriptors.StrategyMustBePartial, identifier, display);
            }

            string? reason = null;
            if (_symbol.TypeKind != TypeKind.Class)
            {
                // [Strategy] targets classes (CS0592 on anything else); a record struct still reaches the generator.
                reason = "a " + (_symbol.IsRecord ? "record struct" : "struct") + " cannot be a strategy; declare a partial class or a partial record";
            }
            else if (_symbol.ContainingType is not null)
            {
                reason = "nested classes are not supported; declare the strategy directly in a namespace";
            }
            else if (_symbol.TypeParameters.Length > 0)
            {
                reason = "generic classes are not supported";
            }
            else if (_symbol.IsStatic)
            {
                reason = "a static class cannot implement IStrategy";
            }
            else if (_symbol.IsAbstract)
            {
                reason = "an abstract class cannot be instantiated as a strategy";
            }
            else if (_symbol.IsFileLocal)
            {
                reason = "file-local classes are not supported";
            }

            if (reason is not null)
            {
                Report(DiagnosticDescriptors.UnsupportedStrategyShape, identifier, display, reason);
            }
        }

        private EquatableArray<ModelMemberSpec> ReadModelMembers() => StrategyGenerator.ReadModelMembers(_compilation);

        private List<PhaseSpec> ReadPhases(string display, string strategyName)
        {
            var phases = new List<PhaseSpec>();
            var startAttributes = new List<AttributeSyntax?>();
            foreach (var attribute in Attributes(PhaseAttributeName))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (!IsWellFormed(attribute, 2))
                {
                    continue;
                }

                var syntax = Syntax(attribute);
                var nameSyntax = Positional(syntax, 0, "name");
                var name = attribute.ConstructorArguments[0].Value as string;
                var move = attribute.ConstructorArguments[1].Value is int m ? m : 0;
                var isStart = NamedBool(attribute, "Start");
                var isTerminal = NamedBool(attribute, "Terminal");
                var nameLocation = LocationInfo.From(nameSyntax);
                if (string.IsNullOrWhiteSpace(name))
                {
                    Report(DiagnosticDescriptors.UnsupportedStrategyShape, nameLocation, display, "a phase name is empty");
                    continue;
                }

                if (name == "*")
                {
                    Report(DiagnosticDescriptors.UnsupportedStrategyShape, nameLocation, display, "'*' is reserved for transitions from any phase and cannot name a phase");
                    continue;
                }

                if (phases.Any(p => p.Name == name))
                {
                    Report(DiagnosticDescriptors.DuplicatePhase, nameLocation, name!, strategyName);
                    continue;
                }

                if (isStart)
                {
                    startAttributes.Add(syntax);
                }

                var where = "phase '" + name + "'";
                TemplateSpec? template = null;
                var templateSource = NamedString(attribute, "Template");
                if (templateSource is not null)
                {
                    template = new TemplateSpec(templateSource, where, TemplateLocationMapper.Capture(NamedArgument(syntax, "Template"), templateSource), null);
                }

                var content = new List<TemplateSpec>();
                var contentValues = NamedArray(attribute, "Content");
                var contentSyntax = NamedArgument(syntax, "Content");
                for (var i = 0; i < contentValues.Length; i++)
                {
                    if (contentValues[i].Value is string text)
                    {
                        var contentWhere = where + " (content " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
                        content.Add(new TemplateSpec(text, contentWhere, TemplateLocationMapper.Capture(Element(contentSyntax, i), text), null));
                    }
                }

                var templateFile = NamedString(attribute, "TemplateFile");
                if (templateFile is not null)
                {
                    var fileLocation = LocationInfo.From(NamedArgument(syntax, "TemplateFile"));
                    if (template is not null)
                    {
                        Report(DiagnosticDescriptors.TemplateFileNotResolved, fileLocation, templateFile, where, "is set together with Template; set one of them");
                    }
                    else
                    {
                        template = FileTemplate(templateFile, where, fileLocation);
                    }
                }

                var contentFiles = NamedArray(attribute, "ContentFiles");
                var contentFilesSyntax = NamedArgument(syntax, "ContentFiles");
                for (var i = 0; i < contentFiles.Length; i++)
                {
                    if (contentFiles[i].Value is string file)
                    {
                        var contentWhere = where + " (content " + (content.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
                        content.Add(FileTemplate(file, contentWhere, LocationInfo.From(Element(contentFilesSyntax, i))));
                    }
                }

                phases.Add(new PhaseSpec(name!, move, isStart, isTerminal, template, content.ToEquatableArray(), nameLocation));
            }

            if (phases.Count > 0 && startAttributes.Count != 1)
            {
                var location = startAttributes.Count > 1 ? LocationInfo.From(startAttributes[1]) : LocationInfo.From(_declaration.Identifier.GetLocation());
                Report(DiagnosticDescriptors.InvalidStartPhase, location, strategyName, startAttributes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return phases;
        }

        private List<TransitionSpec> ReadTransitions(string strategyName, List<PhaseSpec> phases)
        {
            var transitions = new List<TransitionSpec>();
            foreach (var attribute in Attributes(TransitionAttributeName))
            {
                if (!IsWellFormed(attribute, 3))
                {
                    continue;
                }

                var syntax = Syntax(attribute);
                var from = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
                var on = attribute.ConstructorArguments[1].Value is int s ? s : 0;
                var to = attribute.ConstructorArguments[2].Value as string ?? string.Empty;
                var fromLocation = LocationInfo.From(Positional(syntax, 0, "from"));
                var toLocation = LocationInfo.From(Positional(syntax, 2, "to"));
                var valid = true;
                if (phases.Count > 0)
                {
                    if (from != "*" && !phases.Any(p => p.Name == from))
                    {
                        ReportUnknownPhase(from, strategyName, phases, fromLocation);
                        valid = false;
                    }

                    if (!phases.Any(p => p.Name == to))
                    {
                        ReportUnknownPhase(to, strategyName, phases, toLocation);
                        valid = false;
                    }
                }

                if (valid)
                {
                    transitions.Add(new TransitionSpec(from, on, to, fromLocation, toLocation));
                }
            }

            return transitions;
        }

        private void ReportUnknownPhase(string name, string strategyName, List<PhaseSpec> phases, LocationInfo? location)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var phase in phases)
            {
                var distance = Levenshtein.Distance(name, phase.Name, ignoreCase: true);
                if (distance <= 2 && distance < bestDistance)
                {
                    best = phase.Name;
                    bestDistance = distance;
                }
            }

            Report(DiagnosticDescriptors.UnknownPhase, location, name, strategyName, best is null ? string.Empty : "; did you mean '" + best + "'?");
        }

        private AnswerPolicySpec? ReadAnswerPolicy()
        {
            foreach (var attribute in Attributes(AnswerPolicyAttributeName))
            {
                if (!IsWellFormed(attribute, 1))
                {
                    continue;
                }

                var disclosure = attribute.ConstructorArguments[0].Value is int d ? d : 0;
                var minAttempts = 0;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "MinAttempts" && named.Value.Value is int n)
                    {
                        minAttempts = n;
                    }
                }

                return new AnswerPolicySpec(disclosure, minAttempts);
            }

            return null;
        }

        private int? ReadEffortGate()
        {
            foreach (var attribute in Attributes(EffortGateAttributeName))
            {
                if (!IsWellFormed(attribute, 0))
                {
                    continue;
                }

                var minAttempts = 1;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "MinAttempts" && named.Value.Value is int n)
                    {
                        minAttempts = n;
                    }
                }

                return minAttempts;
            }

            return null;
        }

        private List<string> ReadHints()
        {
            var hints = new List<string>();
            foreach (var attribute in Attributes(HintAttributeName))
            {
                if (IsWellFormed(attribute, 1))
                {
                    hints.Add(attribute.ConstructorArguments[0].Value as string ?? string.Empty);
                }
            }

            return hints;
        }

        /// <summary>A template whose text is read from a file in the resolve step; until then its source is empty.</summary>
        private static TemplateSpec FileTemplate(string path, string where, LocationInfo? location) =>
            new TemplateSpec(string.Empty, where, new TemplateOrigin(location, EquatableArray<SourcePoint>.Empty), null, new TemplateFileReference(path, location));

        private bool HasParameterlessConstructor() =>
            _symbol.InstanceConstructors.Any(c => c.Parameters.Length == 0
                && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal);

        private IEnumerable<AttributeData> Attributes(string metadataName)
        {
            // GetAttributes keeps declaration order, which is the order of phases, transitions and the hint ladder.
            foreach (var attribute in _symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == metadataName)
                {
                    yield return attribute;
                }
            }
        }

        private bool IsWellFormed(AttributeData attribute, int arguments)
        {
            if (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Length != arguments
                || attribute.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error))
            {
                _broken = true;
                return false;
            }

            return true;
        }

        private AttributeSyntax? Syntax(AttributeData attribute) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) as AttributeSyntax;

        private static ExpressionSyntax? Positional(AttributeSyntax? syntax, int index, string parameterName)
        {
            if (syntax?.ArgumentList is null)
            {
                return null;
            }

            var position = 0;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameColon is not null)
                {
                    if (argument.NameColon.Name.Identifier.ValueText == parameterName)
                    {
                        return argument.Expression;
                    }

                    continue;
                }

                if (argument.NameEquals is null && position++ == index)
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        private static ExpressionSyntax? NamedArgument(AttributeSyntax? syntax, string name) =>
            syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression;

        private static ExpressionSyntax? Element(ExpressionSyntax? array, int index)
        {
            var elements = array switch
            {
                ArrayCreationExpressionSyntax creation => creation.Initializer?.Expressions.ToList(),
                ImplicitArrayCreationExpressionSyntax implicitCreation => implicitCreation.Initializer.Expressions.ToList(),
                CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).ToList(),
                _ => null,
            };
            return elements is not null && index < elements.Count ? elements[index] : array;
        }

        private static string? NamedString(AttributeData attribute, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name)
                {
                    return named.Value.Value as string;
                }
            }

            return null;
        }

        private static bool NamedBool(AttributeData attribute, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name && named.Value.Value is bool value)
                {
                    return value;
                }
            }

            return false;
        }

        private static ImmutableArray<TypedConstant> NamedArray(AttributeData attribute, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name && named.Value.Kind == TypedConstantKind.Array && !named.Value.IsNull)
                {
                    return named.Value.Values;
                }
            }

            return ImmutableArray<TypedConstant>.Empty;
        }

        private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
