using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Didactics.SourceGeneration;

/// <summary>
/// Reads a <c>*.strategy.sbn</c> file (Scriban front matter between <c>+++</c> lines, then one <c>=== Phase ===</c>
/// section per template) into the same <see cref="StrategyParseResult"/> as an attributed class. The format is
/// described in docs/strategy-files.md.
/// </summary>
/// <remarks>
/// The front matter is parsed with Scriban in script mode and read from its syntax tree, never executed: only literal
/// values are allowed, so a strategy file cannot run code inside the compiler, and every value keeps its exact
/// line and column for diagnostics.
/// </remarks>
internal static class StrategyFileParser
{
    private static readonly Regex SectionHeader = new Regex(@"^===[ \t]*(?<phase>[^ \t=][^=]*?)(?:[ \t]+(?<kind>content))?[ \t]*===[ \t]*$", RegexOptions.CultureInvariant);

    private static readonly string[] TopLevelKeys = { "name", "description", "preamble", "class", "namespace", "answer_policy", "effort_gate", "hints", "phases", "transitions" };

    public static StrategyParseResult Parse(TemplateFileSpec file, StrategyFileContext context, CancellationToken cancellationToken) =>
        new Reader(file, context, cancellationToken, layout: null).Run();

    /// <summary>
    /// Parses like <see cref="Parse"/> and also returns where each part of the design is written, for the design
    /// analyzers (the generator's cached model does not carry these positions).
    /// </summary>
    public static (StrategyParseResult Result, StrategyFileLayout Layout) ParseWithLayout(TemplateFileSpec file, StrategyFileContext context, CancellationToken cancellationToken)
    {
        var layout = new StrategyFileLayout();
        var result = new Reader(file, context, cancellationToken, layout).Run();
        return (result, layout);
    }

    /// <summary>A front-matter value with the position of its expression.</summary>
    private sealed class Value
    {
        public Value(object? data, LocationInfo location)
        {
            Data = data;
            Location = location;
        }

        /// <summary>A string, int, bool, <c>List&lt;Value&gt;</c> or <c>Dictionary&lt;string, Value&gt;</c> (ordinal keys, declaration order kept in <see cref="Keys"/>).</summary>
        public object? Data { get; }

        public LocationInfo Location { get; }

        public List<string> Keys { get; } = new List<string>();
    }

    private sealed class Reader
    {
        private readonly TemplateFileSpec _file;
        private readonly StrategyFileContext _context;
        private readonly CancellationToken _cancellationToken;
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
        private readonly SourceText _text;
        private readonly StrategyFileLayout? _layout;

        // Where the front matter text starts in the file (line and character offset).
        private int _frontMatterLine;
        private int _frontMatterOffset;
        private string _frontMatter = string.Empty;

        public Reader(TemplateFileSpec file, StrategyFileContext context, CancellationToken cancellationToken, StrategyFileLayout? layout)
        {
            _layout = layout;
            _file = file;
            _context = context;
            _cancellationToken = cancellationToken;
            _text = SourceText.From(file.Text);
        }

        private string FileName => System.IO.Path.GetFileName(_file.Path);

        public StrategyParseResult Run()
        {
            var fallbackName = FileName.Substring(0, FileName.Length - ".strategy.sbn".Length);
            var className = ClassNameFor(fallbackName);
            var lines = _text.Lines;

            // 1. Front matter: the first line is +++, the next +++ line closes it.
            var first = FirstNonBlankLine();
            if (first < 0 || lines[first].ToString().Trim() != "+++")
            {
                Invalid(At(first < 0 ? 0 : first), "the file must start with a '+++' line that opens the front matter");
                return Result(null, null, _context.DefaultNamespace, className, null);
            }

            var close = -1;
            for (var i = first + 1; i < lines.Count; i++)
            {
                if (lines[i].ToString().Trim() == "+++")
                {
                    close = i;
                    break;
                }
            }

            if (close < 0)
            {
                Invalid(At(first), "the front matter opened here is never closed by a '+++' line");
                return Result(null, null, _context.DefaultNamespace, className, null);
            }

            _frontMatterLine = first + 1;
            _frontMatterOffset = lines[first].EndIncludingLineBreak;
            _frontMatter = _file.Text.Substring(_frontMatterOffset, lines[close].Start - _frontMatterOffset);
            var values = ReadFrontMatter();
            if (values is null)
            {
                return Result(null, null, _context.DefaultNamespace, className, null);
            }

            // 2. Top-level keys.
            var name = String(values, "name", required: true);
            var strategyName = name?.Data as string;
            if (strategyName is not null && string.IsNullOrWhiteSpace(strategyName))
            {
                Invalid(name!.Location, "'name' is empty");
                strategyName = null;
            }

            var declaredClass = String(values, "class", required: false);
            if (declaredClass?.Data is string c)
            {
                if (IsIdentifier(c))
                {
                    className = c;
                }
                else
                {
                    Invalid(declaredClass.Location, "'class' must be a C# identifier, but it is '" + c + "'");
                }
            }
            else if (strategyName is not null)
            {
                className = ClassNameFor(strategyName);
            }

            var ns = _context.DefaultNamespace;
            var declaredNamespace = String(values, "namespace", required: false);
            if (declaredNamespace?.Data is string n)
            {
                if (n.Split('.').All(IsIdentifier))
                {
                    ns = n;
                }
                else
                {
                    Invalid(declaredNamespace.Location, "'namespace' must be dot-separated C# identifiers, but it is '" + n + "'");
                }
            }

            var description = String(values, "description", required: false)?.Data as string;
            var preambleValue = String(values, "preamble", required: false);
            var preamble = preambleValue?.Data as string;
            if (_layout is not null)
            {
                _layout.Preamble = preambleValue?.Location;
                _layout.Phases = values.TryGetValue("phases", out var phasesValue) ? phasesValue.Location : null;
                _layout.Transitions = values.TryGetValue("transitions", out var transitionsValue) ? transitionsValue.Location : null;
                _layout.Policy = values.TryGetValue("answer_policy", out var policyValue) ? policyValue.Location : null;
            }

            var policy = ReadAnswerPolicy(values, strategyName ?? fallbackName, name?.Location);
            var effortGate = ReadEffortGate(values);
            var hints = ReadHints(values);
            var phases = ReadPhases(values, strategyName ?? fallbackName);
            var transitions = ReadTransitions(values, strategyName ?? fallbackName, phases);

            // 3. Sections.
            ReadSections(close + 1, phases);

            StrategySpec? spec = null;
            if (strategyName is not null && phases.Count > 0)
            {
                spec = new StrategySpec(
                    ns,
                    className,
                    "public",
                    IsPartial: true,
                    strategyName,
                    description,
                    preamble,
                    phases.Select(p => p.ToSpec()).ToEquatableArray(),
                    transitions.ToEquatableArray(),
                    policy,
                    hints.ToEquatableArray(),
                    HasParameterlessConstructor: true,
                    _context.ModelMembers,
                    _context.EmitServiceRegistration)
                {
                    EffortGateMinAttempts = effortGate,
                };
            }

            return Result(spec, strategyName, ns, className, name?.Location);
        }

        private StrategyParseResult Result(StrategySpec? spec, string? strategyName, string ns, string className, LocationInfo? nameLocation) =>
            new StrategyParseResult(spec, _diagnostics.ToEquatableArray(), strategyName, ns + "." + className, className, nameLocation ?? At(0)) { FilePath = _file.Path };

        private int FirstNonBlankLine()
        {
            for (var i = 0; i < _text.Lines.Count; i++)
            {
                if (_text.Lines[i].ToString().Trim().Trim('\uFEFF').Length > 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private Dictionary<string, Value>? ReadFrontMatter()
        {
            Template template;
            try
            {
                // Parsed as one code block: "{{" on a line of its own, so Scriban's line N is front-matter line N - 1.
                // (LexerOptions' init-only setters cannot be called from netstandard2.0 code compiled with PolySharp.)
                template = Template.Parse("{{\n" + _frontMatter + "\n}}", _file.Path);
            }
            catch (Exception ex)
            {
                Invalid(At(_frontMatterLine), "the front matter does not parse: " + ex.Message);
                return null;
            }

            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    Invalid(Location(message.Span), "the front matter does not parse: " + message.Message);
                }

                return null;
            }

            var values = new Dictionary<string, Value>(StringComparer.Ordinal);
            foreach (var statement in template.Page?.Body?.Statements ?? Enumerable.Empty<ScriptStatement>())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (statement is ScriptNopStatement || statement is ScriptEscapeStatement || statement is ScriptRawStatement { Text.Length: 0 })
                {
                    continue;
                }

                if (statement is ScriptExpressionStatement { Expression: ScriptAssignExpression { Target: ScriptVariableGlobal target } assign })
                {
                    var key = target.Name;
                    var location = Location(target.Span);
                    if (!TopLevelKeys.Contains(key))
                    {
                        Invalid(location, "unknown key '" + key + "'" + Suggest(key, TopLevelKeys) + "; the keys are " + string.Join(", ", TopLevelKeys));
                        continue;
                    }

                    if (values.ContainsKey(key))
                    {
                        Invalid(location, "'" + key + "' is set twice");
                        continue;
                    }

                    var value = Literal(assign.Value);
                    if (value is not null)
                    {
                        values[key] = value;
                    }

                    continue;
                }

                Invalid(Location(statement.Span), "the front matter may only contain assignments of literal values, like name = \"socratic\"");
            }

            return values;
        }

        /// <summary>Reads a literal value: string, integer, boolean, array or object of literals. Anything else is reported.</summary>
        private Value? Literal(ScriptExpression? expression)
        {
            if (expression is null)
            {
                return null;
            }

            var location = Location(expression.Span);
            switch (expression)
            {
                case ScriptLiteral literal when literal.Value is string || literal.Value is int || literal.Value is bool:
                    return new Value(literal.Value, location);
                case ScriptArrayInitializerExpression array:
                    var items = new List<Value>();
                    foreach (var element in Elements(array))
                    {
                        {
                            var item = Literal(element);
                            if (item is null)
                            {
                                return null;
                            }

                            items.Add(item);
                        }
                    }

                    return new Value(items, location);
                case ScriptObjectInitializerExpression obj:
                    var members = new Dictionary<string, Value>(StringComparer.Ordinal);
                    var result = new Value(members, location);
                    foreach (var member in obj.Members)
                    {
                        var key = member.Name switch
                        {
                            ScriptVariable variable => variable.Name,
                            ScriptLiteral { Value: string text } => text,
                            _ => null,
                        };
                        if (key is null)
                        {
                            Invalid(Location(member.Span), "an object key must be a name, like { name: \"Elicit\" }");
                            return null;
                        }

                        var value = Literal(member.Value);
                        if (value is null)
                        {
                            return null;
                        }

                        if (members.ContainsKey(key))
                        {
                            Invalid(Location(member.Name!.Span), "'" + key + "' is set twice in this object");
                            return null;
                        }

                        members[key] = value;
                        result.Keys.Add(key);
                    }

                    return result;
                default:
                    Invalid(location, "only literal values (\"text\", 42, true, [ ... ], { key: ... }) are allowed in the front matter");
                    return null;
            }
        }

        /// <summary>The element expressions of an array initializer (its values sit in a list node between the bracket tokens).</summary>
        private static IEnumerable<ScriptExpression> Elements(ScriptNode node)
        {
            foreach (var child in node.Children)
            {
                if (child is null || child is ScriptToken)
                {
                    continue;
                }

                if (child is ScriptExpression expression)
                {
                    yield return expression;
                }
                else
                {
                    foreach (var nested in Elements(child))
                    {
                        yield return nested;
                    }
                }
            }
        }

        private Value? String(Dictionary<string, Value> values, string key, bool required)
        {
            if (!values.TryGetValue(key, out var value))
            {
                if (required)
                {
                    Invalid(At(_frontMatterLine - 1), "the front matter does not set '" + key + "'");
                }

                return null;
            }

            if (value.Data is string)
            {
                return value;
            }

            Invalid(value.Location, "'" + key + "' must be a string in double quotes");
            return null;
        }

        private AnswerPolicySpec? ReadAnswerPolicy(Dictionary<string, Value> values, string strategyName, LocationInfo? nameLocation)
        {
            if (!values.TryGetValue("answer_policy", out var value))
            {
                // Same design rule as for attributed classes (DID0001): the missing policy must be a visible decision.
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingAnswerPolicy, nameLocation ?? At(_frontMatterLine - 1), strategyName));
                return null;
            }

            if (!(value.Data is Dictionary<string, Value> members))
            {
                Invalid(value.Location, "'answer_policy' must be an object, like { disclosure: \"AfterAttempts\", min_attempts: 2 }");
                return null;
            }

            CheckKeys(value, "answer_policy", "disclosure", "min_attempts");
            var disclosure = Enum(members, "disclosure", KnownEnums.Disclosure, value.Location, required: true);
            var minAttempts = 0;
            if (members.TryGetValue("min_attempts", out var min))
            {
                if (min.Data is int n && n >= 0)
                {
                    minAttempts = n;
                }
                else
                {
                    Invalid(min.Location, "'min_attempts' must be a whole number, 0 or more");
                }
            }

            if (disclosure < 0)
            {
                return null;
            }

            // The reasons AnswerPolicyRules gives for [AnswerPolicy] (the analyzers leave DID0001/DID0002 of strategy
            // files to this parser, so a file gets each exactly once).
            var name = KnownEnums.Disclosure[disclosure];
            var reason = AnswerPolicyRules.DisclosureReason((DisclosureKind)disclosure, minAttempts, "min_attempts");
            if (reason is not null)
            {
                var at = name == "AfterAttempts" && members.TryGetValue("min_attempts", out var threshold) ? threshold.Location : members["disclosure"].Location;
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DisclosureBeforeAttempt, at, strategyName, reason));
            }

            return new AnswerPolicySpec(disclosure, minAttempts);
        }

        // effort_gate = { min_attempts: 1 }: the file form of [EffortGate(MinAttempts = 1)] (help is earned).
        private int? ReadEffortGate(Dictionary<string, Value> values)
        {
            if (!values.TryGetValue("effort_gate", out var value))
            {
                return null;
            }

            if (!(value.Data is Dictionary<string, Value> members))
            {
                Invalid(value.Location, "'effort_gate' must be an object, like { min_attempts: 1 }");
                return null;
            }

            CheckKeys(value, "effort_gate", "min_attempts");
            if (!members.TryGetValue("min_attempts", out var min))
            {
                return 1;
            }

            if (min.Data is int n && n >= 1)
            {
                return n;
            }

            Invalid(min.Location, "'min_attempts' of 'effort_gate' must be a whole number, 1 or more");
            return null;
        }

        private List<string> ReadHints(Dictionary<string, Value> values)
        {
            var hints = new List<string>();
            if (!values.TryGetValue("hints", out var value))
            {
                return hints;
            }

            if (!(value.Data is List<Value> items))
            {
                Invalid(value.Location, "'hints' must be a list of strings, like [\"general\", \"specific\"]");
                return hints;
            }

            foreach (var item in items)
            {
                if (item.Data is string text)
                {
                    hints.Add(text);
                    _layout?.Hints.Add(item.Location);
                }
                else
                {
                    Invalid(item.Location, "each hint must be a string in double quotes");
                }
            }

            return hints;
        }

        private List<PhaseDraft> ReadPhases(Dictionary<string, Value> values, string strategyName)
        {
            var phases = new List<PhaseDraft>();
            if (!values.TryGetValue("phases", out var value))
            {
                Invalid(At(_frontMatterLine - 1), "the front matter does not set 'phases'");
                return phases;
            }

            if (!(value.Data is List<Value> items) || items.Count == 0)
            {
                Invalid(value.Location, "'phases' must be a non-empty list, like [ { name: \"Elicit\", move: \"Elicit\", start: true } ]");
                return phases;
            }

            var starts = new List<Value>();
            foreach (var item in items)
            {
                if (!(item.Data is Dictionary<string, Value> members))
                {
                    Invalid(item.Location, "each phase must be an object, like { name: \"Elicit\", move: \"Elicit\" }");
                    continue;
                }

                CheckKeys(item, "a phase", "name", "move", "start", "terminal");
                if (!members.TryGetValue("name", out var nameValue) || !(nameValue.Data is string name) || string.IsNullOrWhiteSpace(name) || name == "*")
                {
                    Invalid(members.TryGetValue("name", out var bad) ? bad.Location : item.Location, "each phase needs a non-empty 'name' string ('*' is reserved for transitions)");
                    continue;
                }

                var move = Enum(members, "move", KnownEnums.PhaseMove, item.Location, required: true);
                var start = Bool(members, "start");
                var terminal = Bool(members, "terminal");
                if (phases.Any(p => p.Name == name))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicatePhase, nameValue.Location, name, strategyName));
                    continue;
                }

                if (start)
                {
                    starts.Add(item);
                }

                phases.Add(new PhaseDraft(name, move < 0 ? 0 : move, start, terminal, nameValue.Location));
                _layout?.PhaseEntries.Add((item.Location, move >= 0));
            }

            if (phases.Count > 0 && starts.Count != 1)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidStartPhase,
                    starts.Count > 1 ? starts[1].Location : value.Location,
                    strategyName,
                    starts.Count.ToString(CultureInfo.InvariantCulture)));
            }

            return phases;
        }

        private List<TransitionSpec> ReadTransitions(Dictionary<string, Value> values, string strategyName, List<PhaseDraft> phases)
        {
            var transitions = new List<TransitionSpec>();
            if (!values.TryGetValue("transitions", out var value))
            {
                return transitions;
            }

            if (!(value.Data is List<Value> items))
            {
                Invalid(value.Location, "'transitions' must be a list, like [ { from: \"Elicit\", on: \"DontKnow\", to: \"Hint\" } ]");
                return transitions;
            }

            foreach (var item in items)
            {
                if (!(item.Data is Dictionary<string, Value> members))
                {
                    Invalid(item.Location, "each transition must be an object, like { from: \"Elicit\", on: \"DontKnow\", to: \"Hint\" }");
                    continue;
                }

                CheckKeys(item, "a transition", "from", "on", "to");
                var from = PhaseReference(members, "from", item, strategyName, phases, allowAny: true);
                var on = Enum(members, "on", KnownEnums.LearnerSignal, item.Location, required: true);
                var to = PhaseReference(members, "to", item, strategyName, phases, allowAny: false);
                if (from is not null && to is not null && on >= 0)
                {
                    transitions.Add(new TransitionSpec(from.Value.Name, on, to.Value.Name, from.Value.Location, to.Value.Location));
                    _layout?.TransitionEntries.Add(item.Location);
                }
            }

            return transitions;
        }

        private (string Name, LocationInfo Location)? PhaseReference(Dictionary<string, Value> members, string key, Value owner, string strategyName, List<PhaseDraft> phases, bool allowAny)
        {
            if (!members.TryGetValue(key, out var value) || !(value.Data is string name))
            {
                Invalid(members.TryGetValue(key, out var bad) ? bad.Location : owner.Location, "each transition needs a '" + key + "' phase name string");
                return null;
            }

            if ((allowAny && name == "*") || phases.Any(p => p.Name == name))
            {
                return (name, value.Location);
            }

            if (phases.Count > 0)
            {
                var best = Closest(name, phases.Select(p => p.Name));
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownPhase, value.Location, name, strategyName, best is null ? string.Empty : "; did you mean '" + best + "'?"));
            }

            return null;
        }

        private int Enum(Dictionary<string, Value> members, string key, string[] names, LocationInfo owner, bool required)
        {
            if (!members.TryGetValue(key, out var value))
            {
                if (required)
                {
                    Invalid(owner, "'" + key + "' is missing; use one of " + string.Join(", ", names));
                }

                return -1;
            }

            if (value.Data is string text)
            {
                var index = Array.IndexOf(names, text);
                if (index >= 0)
                {
                    return index;
                }
            }

            Invalid(value.Location, "'" + key + "' must be one of " + string.Join(", ", names) + (value.Data is string t ? Suggest(t, names) : string.Empty));
            return -1;
        }

        private bool Bool(Dictionary<string, Value> members, string key)
        {
            if (!members.TryGetValue(key, out var value))
            {
                return false;
            }

            if (value.Data is bool b)
            {
                return b;
            }

            Invalid(value.Location, "'" + key + "' must be true or false");
            return false;
        }

        private void CheckKeys(Value value, string what, params string[] keys)
        {
            if (!(value.Data is Dictionary<string, Value> members))
            {
                return;
            }

            foreach (var key in value.Keys)
            {
                if (!keys.Contains(key))
                {
                    Invalid(members[key].Location, "unknown key '" + key + "' in " + what + Suggest(key, keys) + "; the keys are " + string.Join(", ", keys));
                }
            }
        }

        /// <summary>Reads the <c>=== Phase ===</c> and <c>=== Phase content ===</c> sections after the front matter.</summary>
        private void ReadSections(int startLine, List<PhaseDraft> phases)
        {
            var lines = _text.Lines;
            var headers = new List<(int Line, string Phase, bool IsContent)>();
            for (var i = startLine; i < lines.Count; i++)
            {
                var match = SectionHeader.Match(lines[i].ToString());
                if (match.Success)
                {
                    headers.Add((i, match.Groups["phase"].Value.Trim(), match.Groups["kind"].Success));
                }
            }

            var firstSection = headers.Count > 0 ? headers[0].Line : lines.Count;
            for (var i = startLine; i < firstSection; i++)
            {
                if (lines[i].ToString().Trim().Length > 0)
                {
                    Invalid(At(i), "text after the front matter must be inside a section; start one with a line like '=== Elicit ==='");
                    break;
                }
            }

            for (var h = 0; h < headers.Count; h++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var (line, phaseName, isContent) = headers[h];
                var endLine = h + 1 < headers.Count ? headers[h + 1].Line : lines.Count;
                var phase = phases.FirstOrDefault(p => p.Name == phaseName);
                if (phase is null)
                {
                    Invalid(At(line), "section '" + phaseName + "' names no phase declared in 'phases'" + Suggest(phaseName, phases.Select(p => p.Name)));
                    continue;
                }

                // The section text: from the line after the header up to the next header, without trailing blank
                // lines and without the last line break (that break belongs to the separator).
                var textStartLine = line + 1;
                var textEndLine = endLine;
                while (textEndLine > textStartLine && lines[textEndLine - 1].ToString().Trim().Length == 0)
                {
                    textEndLine--;
                }

                var start = textStartLine < lines.Count ? lines[textStartLine].Start : _file.Text.Length;
                var end = textEndLine > textStartLine ? lines[textEndLine - 1].End : start;
                var source = _file.Text.Substring(start, end - start);
                var where = "phase '" + phaseName + "'" + (isContent ? " (content " + (phase.Content.Count + 1).ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);
                var template = new TemplateSpec(source, where, TemplateOrigin.InFile(_file.Path, textStartLine, start), null);
                if (isContent)
                {
                    phase.Content.Add(template);
                }
                else if (phase.Template is not null)
                {
                    Invalid(At(line), "phase '" + phaseName + "' has two instruction sections; add '=== " + phaseName + " content ===' for authored content");
                }
                else
                {
                    phase.Template = template;
                }
            }
        }

        private LocationInfo Location(SourceSpan span)
        {
            // Scriban's positions are 0-based within the front matter, end inclusive.
            var start = Offset(span.Start.Line, span.Start.Column);
            var end = Math.Max(start, Math.Min(Offset(span.End.Line, span.End.Column) + 1, _file.Text.Length));
            return new LocationInfo(_file.Path, TextSpan.FromBounds(start, end), _text.Lines.GetLinePositionSpan(TextSpan.FromBounds(start, end)));
        }

        private int Offset(int frontMatterLine, int column)
        {
            var line = Math.Min(_frontMatterLine + Math.Max(0, frontMatterLine - 1), _text.Lines.Count - 1);
            return Math.Min(_text.Lines[line].Start + Math.Max(0, column), _file.Text.Length);
        }

        /// <summary>The whole of line <paramref name="line"/>.</summary>
        private LocationInfo At(int line)
        {
            if (_text.Lines.Count == 0)
            {
                return new LocationInfo(_file.Path, default, default);
            }

            var span = _text.Lines[Math.Max(0, Math.Min(line, _text.Lines.Count - 1))].Span;
            return new LocationInfo(_file.Path, span, _text.Lines.GetLinePositionSpan(span));
        }

        private void Invalid(LocationInfo location, string message) =>
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidStrategyFile, location, FileName, message));
    }

    /// <summary>A phase while the sections are read (templates are attached after the front matter).</summary>
    private sealed class PhaseDraft
    {
        public PhaseDraft(string name, int move, bool isStart, bool isTerminal, LocationInfo location)
        {
            Name = name;
            Move = move;
            IsStart = isStart;
            IsTerminal = isTerminal;
            Location = location;
        }

        public string Name { get; }

        public int Move { get; }

        public bool IsStart { get; }

        public bool IsTerminal { get; }

        public LocationInfo Location { get; }

        public TemplateSpec? Template { get; set; }

        public List<TemplateSpec> Content { get; } = new List<TemplateSpec>();

        public PhaseSpec ToSpec() => new PhaseSpec(Name, Move, IsStart, IsTerminal, Template, Content.ToEquatableArray(), Location);
    }

    /// <summary>" (did you mean 'X'?)" for the closest of <paramref name="candidates"/> within 2 edits, or empty.</summary>
    private static string Suggest(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } best ? " (did you mean '" + best + "'?)" : string.Empty;

    private static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Levenshtein.Distance(name, candidate, ignoreCase: true);
            if (distance <= 2 && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The class name for a strategy name: PascalCase words plus <c>Strategy</c> (<c>retrieval-practice</c> → <c>RetrievalPracticeStrategy</c>).</summary>
    internal static string ClassNameFor(string name)
    {
        var builder = new System.Text.StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Strategy");
        }

        var result = builder.ToString();
        return result.EndsWith("Strategy", StringComparison.Ordinal) ? result : result + "Strategy";
    }

    private static bool IsIdentifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name)
        && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
}
