using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Didactics.SourceGeneration.Diagnostics;
using Didactics.SourceGeneration.Model;

namespace Didactics.SourceGeneration.Analyzers
{
    /// <summary>The runtime's <c>Didactics.Disclosure</c> values, mirrored because analyzers cannot reference the runtime.</summary>
    internal enum DisclosureKind
    {
        Never = 0,
        AfterAttempts = 1,
        OnRequest = 2,
        Always = 3,
    }

    /// <summary>The runtime's <c>Didactics.PhaseMove</c> values.</summary>
    internal enum MoveKind
    {
        Elicit = 0,
        Probe = 1,
        Hint = 2,
        Feedback = 3,
        Example = 4,
        Redirect = 5,
        Consolidate = 6,
        Reveal = 7,
    }

    /// <summary>The runtime's <c>Didactics.LearnerSignal</c> values.</summary>
    internal enum SignalKind
    {
        Unclassified = 0,
        CorrectAttempt = 1,
        IncorrectAttempt = 2,
        AnswerRequest = 3,
        DontKnow = 4,
        OffTopic = 5,
        InjectionAttempt = 6,
        AuthorityPressure = 7,
    }

    /// <summary>
    /// A string argument of an attribute and the syntax it was written with, or a text of a strategy file and its
    /// position there (the location is null when it cannot be found).
    /// </summary>
    internal readonly struct LocatedText
    {
        private readonly Location? _location;

        public LocatedText(string text, ExpressionSyntax? syntax)
        {
            Text = text;
            Syntax = syntax;
            _location = null;
        }

        private LocatedText(string text, Location? location)
        {
            Text = text;
            Syntax = null;
            _location = location;
        }

        public string Text { get; }

        public ExpressionSyntax? Syntax { get; }

        public Location? Location => _location ?? Syntax?.GetLocation();

        /// <summary>A text of a strategy file (no syntax node; the location is in the <c>.sbn</c> file).</summary>
        public static LocatedText InFile(string text, Location? location) => new LocatedText(text, location);
    }

    internal sealed class PhaseNode
    {
        private readonly Location? _location;

        public PhaseNode(int index, string name, MoveKind? move, bool isStart, bool isTerminal, LocatedText? template, ImmutableArray<LocatedText> content, AttributeSyntax? syntax, Location? location = null)
        {
            _location = location;
            Index = index;
            Name = name;
            Move = move;
            IsStart = isStart;
            IsTerminal = isTerminal;
            Template = template;
            Content = content;
            Syntax = syntax;
        }

        /// <summary>Position among the strategy's well-formed phases, in declaration order.</summary>
        public int Index { get; }

        public string Name { get; }

        /// <summary>Null when the move argument is missing or not a known <c>PhaseMove</c> value.</summary>
        public MoveKind? Move { get; }

        public bool IsStart { get; }

        public bool IsTerminal { get; }

        public LocatedText? Template { get; }

        public ImmutableArray<LocatedText> Content { get; }

        public AttributeSyntax? Syntax { get; }

        public bool IsReveal => Move == MoveKind.Reveal;

        /// <summary>The <c>[Phase]</c> attribute, or the phase's entry in a strategy file's <c>phases</c> list.</summary>
        public Location? Location => _location ?? Syntax?.GetLocation();
    }

    internal sealed class TransitionEdge
    {
        private readonly Location? _location;

        public TransitionEdge(string from, SignalKind on, string to, AttributeSyntax? syntax, Location? location = null)
        {
            _location = location;
            From = from;
            On = on;
            To = to;
            Syntax = syntax;
        }

        public string From { get; }

        public SignalKind On { get; }

        public string To { get; }

        public AttributeSyntax? Syntax { get; }

        public bool IsWildcard => From == StrategyGraph.AnyPhase;

        /// <summary>The <c>[Transition]</c> attribute, or the transition's entry in a strategy file's <c>transitions</c> list.</summary>
        public Location? Location => _location ?? Syntax?.GetLocation();
    }

    internal sealed class PolicyInfo
    {
        private readonly Location? _location;

        public PolicyInfo(DisclosureKind? disclosure, int minAttempts, AttributeSyntax? syntax, Location? location = null)
        {
            _location = location;
            Disclosure = disclosure;
            MinAttempts = minAttempts;
            Syntax = syntax;
        }

        /// <summary>Null when the argument is missing or not a known <c>Disclosure</c> value.</summary>
        public DisclosureKind? Disclosure { get; }

        public int MinAttempts { get; }

        public AttributeSyntax? Syntax { get; }

        /// <summary>The <c>[AnswerPolicy]</c> attribute, or a strategy file's <c>answer_policy</c> object.</summary>
        public Location? Location => _location ?? Syntax?.GetLocation();

        /// <summary>True when the policy can let the answer out at some point (mirrors <c>AnswerPolicy.AllowsDisclosure</c>).</summary>
        public bool CanDisclose => Disclosure is DisclosureKind.AfterAttempts or DisclosureKind.OnRequest or DisclosureKind.Always;
    }

    /// <summary>
    /// A strategy's design read from its attributes (<see cref="Read"/>) or from a <c>*.strategy.sbn</c> file parsed by
    /// the generator's own parser (<see cref="FromFile"/>): phases, transitions, answer policy and hint ladder. The
    /// analyzers run in a different pipeline from the generator, so they read the attributes themselves. The reader
    /// never throws: a missing argument, a wrong type or an error type simply leaves that part out of the graph
    /// (the compiler and the generator already report those), so the rules judge only what is well-formed.
    /// </summary>
    internal sealed class StrategyGraph
    {
        public const string AnyPhase = "*";

        private StrategyGraph(
            INamedTypeSymbol? type,
            string name,
            Location classLocation,
            Location? phasesLocation,
            Location? transitionsLocation,
            ClassDeclarationSyntax? declaration,
            LocatedText? preamble,
            ImmutableArray<PhaseNode> phases,
            ImmutableArray<TransitionEdge> transitions,
            PolicyInfo? policy,
            ImmutableArray<LocatedText> hints)
        {
            Type = type;
            Name = name;
            ClassLocation = classLocation;
            PhasesLocation = phasesLocation ?? classLocation;
            TransitionsLocation = transitionsLocation ?? classLocation;
            Declaration = declaration;
            Preamble = preamble;
            Phases = phases;
            Transitions = transitions;
            Policy = policy;
            Hints = hints;

            var byName = new Dictionary<string, PhaseNode>(StringComparer.Ordinal);
            var starts = 0;
            foreach (var phase in phases)
            {
                if (!byName.ContainsKey(phase.Name))
                {
                    byName.Add(phase.Name, phase);
                }

                if (phase.IsStart)
                {
                    starts++;
                    Start ??= phase;
                }
            }

            PhasesByName = byName;
            StartCount = starts;
        }

        /// <summary>The attributed class, or null for a strategy file.</summary>
        public INamedTypeSymbol? Type { get; }

        /// <summary>True for a strategy read from a <c>*.strategy.sbn</c> file.</summary>
        public bool IsStrategyFile => Type is null;

        /// <summary>The strategy name, or the class name when the name argument is unusable.</summary>
        public string Name { get; }

        /// <summary>
        /// Where strategy-wide findings are reported: the identifier of the class declaration that carries
        /// <c>[Strategy]</c>, or the <c>name</c> value of a strategy file.
        /// </summary>
        public Location ClassLocation { get; }

        /// <summary>Where a finding about the phase set as a whole goes: the class, or a strategy file's <c>phases</c> list.</summary>
        public Location PhasesLocation { get; }

        /// <summary>Where a finding about the transitions as a whole goes: the class, or a strategy file's <c>transitions</c> list.</summary>
        public Location TransitionsLocation { get; }

        public ClassDeclarationSyntax? Declaration { get; }

        public LocatedText? Preamble { get; }

        /// <summary>Well-formed phases (a name and a known move), in declaration order; duplicates included.</summary>
        public ImmutableArray<PhaseNode> Phases { get; }

        /// <summary>Well-formed transitions (from, a known signal, to), in declaration order.</summary>
        public ImmutableArray<TransitionEdge> Transitions { get; }

        /// <summary>Null when the strategy declares no <c>[AnswerPolicy]</c>.</summary>
        public PolicyInfo? Policy { get; }

        public ImmutableArray<LocatedText> Hints { get; }

        /// <summary>The first phase by each name.</summary>
        public IReadOnlyDictionary<string, PhaseNode> PhasesByName { get; }

        /// <summary>The first phase marked <c>Start = true</c>, or null.</summary>
        public PhaseNode? Start { get; }

        public int StartCount { get; }

        /// <summary>A strategy file's <c>effort_gate</c> minimum (null without one, and for classes: read their <c>[EffortGate]</c> from <see cref="Type"/>).</summary>
        public int? FileEffortGate { get; private set; }

        /// <summary>
        /// True when the phase structure is sound enough for graph rules: exactly one start phase and no duplicate
        /// names. Otherwise the generator reports DID1003/DID1005 and the graph rules stay silent to avoid noise.
        /// </summary>
        public bool HasSoundStructure => StartCount == 1 && PhasesByName.Count == Phases.Length;

        /// <summary>The effective policy: the declared one, or the runtime default (never disclose).</summary>
        public DisclosureKind EffectiveDisclosure => Policy is null ? DisclosureKind.Never : Policy.Disclosure ?? DisclosureKind.Never;

        /// <summary>
        /// The phase a learner signal leads to from <paramref name="from"/>, following the runtime's rule: a terminal
        /// phase ends the session (no exits), a specific transition wins over a <c>"*"</c> one, and transitions to
        /// undeclared phases are ignored. Returns the matching edges (several when the design declares duplicates).
        /// </summary>
        public IEnumerable<(TransitionEdge Edge, PhaseNode Target)> Exits(PhaseNode from)
        {
            if (from.IsTerminal)
            {
                yield break;
            }

            var specific = new HashSet<SignalKind>();
            foreach (var edge in Transitions)
            {
                if (!edge.IsWildcard && edge.From == from.Name)
                {
                    specific.Add(edge.On);
                    if (PhasesByName.TryGetValue(edge.To, out var target))
                    {
                        yield return (edge, target);
                    }
                }
            }

            foreach (var edge in Transitions)
            {
                if (edge.IsWildcard && !specific.Contains(edge.On) && PhasesByName.TryGetValue(edge.To, out var target))
                {
                    yield return (edge, target);
                }
            }
        }

        /// <summary>Reads the strategy declared on <paramref name="type"/>, or returns null when it has no <c>[Strategy]</c>.</summary>
        public static StrategyGraph? Read(INamedTypeSymbol type, KnownTypes known, CancellationToken cancellationToken)
        {
            AttributeData? strategy = null;
            AttributeData? policy = null;
            var phaseData = new List<AttributeData>();
            var transitionData = new List<AttributeData>();
            var hintData = new List<AttributeData>();

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
            }

            if (strategy is null)
            {
                return null;
            }

            var strategySyntax = SyntaxOf(strategy, cancellationToken);
            var declaration = strategySyntax?.FirstAncestorOrSelf<ClassDeclarationSyntax>();
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
                phases.Add(new PhaseNode(
                    phases.Count,
                    phaseName,
                    (MoveKind)move.Value,
                    NamedBool(data, "Start"),
                    NamedBool(data, "Terminal"),
                    NamedString(data, syntax, "Template"),
                    NamedStringArray(data, syntax, "Content"),
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

            return new StrategyGraph(type, name, classLocation, null, null, declaration, preamble, phases.ToImmutable(), transitions.ToImmutable(), policyInfo, hints.ToImmutable());
        }

        /// <summary>
        /// Builds the graph of a <c>*.strategy.sbn</c> file from what the generator's parser read, with every part located
        /// in the file (a phase or transition at its list entry, a template at its section text, a hint at its string).
        /// Returns null when the parser could not build a strategy or reported a structural error (DID1xxx): the
        /// generator rejects such a file with an exact error, and judging a half-read design would only add noise.
        /// </summary>
        public static StrategyGraph? FromFile(StrategyParseResult result, StrategyFileLayout layout, SourceText text)
        {
            var spec = result.Spec;
            if (spec is null || result.FilePath is null)
            {
                return null;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Id != DiagnosticIds.MissingAnswerPolicy && diagnostic.Id != DiagnosticIds.DisclosureBeforeAttempt)
                {
                    return null;
                }
            }

            // The layout lists run parallel to the spec; a mismatch would mean a parser change forgot the layout.
            if (layout.PhaseEntries.Count != spec.Phases.Count || layout.TransitionEntries.Count != spec.Transitions.Count || layout.Hints.Count != spec.Hints.Count)
            {
                return null;
            }

            var path = result.FilePath;
            var classLocation = result.StrategyNameLocation?.ToLocation() ?? Location.Create(path, default, default);

            var phases = ImmutableArray.CreateBuilder<PhaseNode>();
            for (var i = 0; i < spec.Phases.Count; i++)
            {
                var phase = spec.Phases[i];
                var (entry, hasValidMove) = layout.PhaseEntries[i];
                if (!hasValidMove || phase.Move < 0 || phase.Move > (int)MoveKind.Reveal)
                {
                    continue;
                }

                var content = ImmutableArray.CreateBuilder<LocatedText>();
                foreach (var section in phase.Content)
                {
                    content.Add(SectionText(section, path, text));
                }

                phases.Add(new PhaseNode(
                    phases.Count,
                    phase.Name,
                    (MoveKind)phase.Move,
                    phase.IsStart,
                    phase.IsTerminal,
                    phase.Template is null ? null : SectionText(phase.Template, path, text),
                    content.ToImmutable(),
                    syntax: null,
                    entry.ToLocation()));
            }

            var transitions = ImmutableArray.CreateBuilder<TransitionEdge>();
            for (var i = 0; i < spec.Transitions.Count; i++)
            {
                var transition = spec.Transitions[i];
                if (transition.On < 0 || transition.On > (int)SignalKind.AuthorityPressure)
                {
                    continue;
                }

                transitions.Add(new TransitionEdge(transition.From, (SignalKind)transition.On, transition.To, syntax: null, layout.TransitionEntries[i].ToLocation()));
            }

            PolicyInfo? policy = null;
            if (spec.AnswerPolicy is { } declared)
            {
                policy = new PolicyInfo(
                    declared.Disclosure is >= 0 and <= (int)DisclosureKind.Always ? (DisclosureKind)declared.Disclosure : null,
                    declared.MinAttempts,
                    syntax: null,
                    layout.Policy?.ToLocation());
            }

            var hints = ImmutableArray.CreateBuilder<LocatedText>();
            for (var i = 0; i < spec.Hints.Count; i++)
            {
                hints.Add(LocatedText.InFile(spec.Hints[i], layout.Hints[i].ToLocation()));
            }

            var preamble = spec.Preamble is null ? (LocatedText?)null : LocatedText.InFile(spec.Preamble, layout.Preamble?.ToLocation());

            return new StrategyGraph(
                type: null,
                spec.Name,
                classLocation,
                layout.Phases?.ToLocation(),
                layout.Transitions?.ToLocation(),
                declaration: null,
                preamble,
                phases.ToImmutable(),
                transitions.ToImmutable(),
                policy,
                hints.ToImmutable())
            {
                FileEffortGate = spec.EffortGateMinAttempts,
            };
        }

        /// <summary>The text of a <c>=== Phase ===</c> section, located from its first to its last non-blank character line.</summary>
        private static LocatedText SectionText(TemplateSpec template, string path, SourceText text)
        {
            var start = template.Origin.FileOffset;
            if (start < 0 || start + template.Source.Length > text.Length)
            {
                return LocatedText.InFile(template.Source, null);
            }

            var span = new TextSpan(start, template.Source.Length);
            return LocatedText.InFile(template.Source, Location.Create(path, span, text.Lines.GetLinePositionSpan(span)));
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

    /// <summary>The Didactics attribute types of one compilation, resolved once per compilation.</summary>
    internal sealed class KnownTypes
    {
        private KnownTypes(INamedTypeSymbol strategy, INamedTypeSymbol? phase, INamedTypeSymbol? transition, INamedTypeSymbol? answerPolicy, INamedTypeSymbol? hint)
        {
            Strategy = strategy;
            Phase = phase;
            Transition = transition;
            AnswerPolicy = answerPolicy;
            Hint = hint;
        }

        public INamedTypeSymbol Strategy { get; }

        public INamedTypeSymbol? Phase { get; }

        public INamedTypeSymbol? Transition { get; }

        public INamedTypeSymbol? AnswerPolicy { get; }

        public INamedTypeSymbol? Hint { get; }

        /// <summary>Null when the compilation does not reference Didactics (the analyzers then register nothing).</summary>
        public static KnownTypes? From(Compilation compilation)
        {
            var strategy = compilation.GetTypeByMetadataName("Didactics.StrategyAttribute");
            if (strategy is null)
            {
                return null;
            }

            return new KnownTypes(
                strategy,
                compilation.GetTypeByMetadataName("Didactics.PhaseAttribute"),
                compilation.GetTypeByMetadataName("Didactics.TransitionAttribute"),
                compilation.GetTypeByMetadataName("Didactics.AnswerPolicyAttribute"),
                compilation.GetTypeByMetadataName("Didactics.HintAttribute"));
        }
    }
}
