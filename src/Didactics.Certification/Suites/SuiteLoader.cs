using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Didactics.Shared;

namespace Didactics.Certification;

/// <summary>
/// Loads certification suites from YAML or JSON (format: <c>docs/certification.md</c>, schema:
/// <c>docs/certification/suite.schema.json</c>). Every problem is reported with its file, line and column, and
/// all problems of a file are reported together.
/// </summary>
public static class SuiteLoader
{
    private static readonly string[] SuiteExtensions = [".yaml", ".yml", ".json"];

    /// <summary>Loads one suite file, or every <c>*.yaml</c>/<c>*.yml</c>/<c>*.json</c> file of a directory (sorted by name).</summary>
    /// <exception cref="SuiteLoadException">A file is malformed.</exception>
    /// <exception cref="FileNotFoundException">The path does not exist or the directory holds no suite files.</exception>
    public static ImmutableArray<CertificationSuite> LoadPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.*", SearchOption.TopDirectoryOnly)
                .Where(f => SuiteExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                throw new FileNotFoundException($"The directory '{path}' contains no suite files (*.yaml, *.yml or *.json).", path);
            }

            var suites = ImmutableArray.CreateBuilder<CertificationSuite>();
            var errors = new List<SuiteError>();
            foreach (var file in files)
            {
                try
                {
                    suites.Add(LoadFile(file));
                }
                catch (SuiteLoadException ex)
                {
                    errors.AddRange(ex.Errors);
                }
            }

            if (errors.Count > 0)
            {
                throw new SuiteLoadException(errors);
            }

            return suites.ToImmutable();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The suite file or directory '{path}' does not exist.", path);
        }

        return [LoadFile(path)];
    }

    /// <summary>Loads one suite file.</summary>
    /// <exception cref="SuiteLoadException">The file is malformed.</exception>
    public static CertificationSuite LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>
    /// Parses a suite. <paramref name="fileName"/> is used in error messages and chooses the format: a name ending in
    /// <c>.json</c> is read as JSON, any other as YAML.
    /// </summary>
    /// <exception cref="SuiteLoadException">The text is malformed.</exception>
    public static CertificationSuite Parse(string text, string fileName = "suite.yaml")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var format = DocumentReader.FormatOf(fileName);
        DocumentNode document;
        try
        {
            document = DocumentReader.Read(text, format, "'suite', 'version' and 'scenarios'");
        }
        catch (DocumentFormatException ex)
        {
            var message = ex.SyntaxDetail is { } detail ? $"The {(format == DocumentFormat.Json ? "JSON" : "YAML")} is malformed: {detail}" : Sentence(ex.Reason);
            throw new SuiteLoadException([new SuiteError(fileName, ex.Line, ex.Column, message)]);
        }

        if (document is not MappingNode root)
        {
            throw new SuiteLoadException([new SuiteError(fileName, document.Line, document.Column, "A suite file holds one document whose root is a mapping with 'suite', 'version' and 'scenarios'.")]);
        }

        var reader = new Reader(fileName);
        var suite = reader.ReadSuite(root, Hash(text));
        if (reader.Errors.Count > 0)
        {
            throw new SuiteLoadException(reader.Errors);
        }

        return suite! with { SourcePath = fileName };
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));

    // The shared reader words its errors in the runtime's style ("the file is empty; ..."); suite errors are sentences.
    private static string Sentence(string reason) => char.ToUpperInvariant(reason[0]) + reason[1..] + ".";

    private sealed class Reader(string file)
    {
        private static readonly string[] SuiteKeys = ["suite", "version", "language", "description", "pass", "defaults", "scenarios"];
        private static readonly string[] PassKeys = ["min-scenario-pass-rate", "max-answer-reveal-rate", "max-help-per-attempt", "free-help"];
        private static readonly string[] DefaultsKeys = ["turns", "policy", "checks", "topic"];
        private static readonly string[] ScenarioKeys = ["id", "topic", "language", "turns", "tags", "keywords", "problem", "persona", "policy", "checks"];
        private static readonly string[] ProblemKeys = ["statement", "answer", "answers", "kind", "hints", "misconceptions"];
        private static readonly string[] PersonaKeys = ["kind", "seed", "turns", "wrong-attempts", "prompt", "personal-data"];
        private static readonly string[] PolicyKeys = ["disclosure", "min-attempts"];
        private static readonly string[] MisconceptionKeys = ["answer", "diagnosis"];

        public List<SuiteError> Errors { get; } = [];

        public CertificationSuite? ReadSuite(MappingNode root, string hash)
        {
            CheckKeys(root, SuiteKeys, "suite");
            var id = RequiredString(root, "suite", "the suite's id, e.g. 'suite: didactics-core-en'");
            var version = RequiredString(root, "version", "the suite's version, e.g. 'version: 1.0.0'");
            var language = Language(root, "language") ?? "en";
            var description = OptionalString(root, "description");
            var pass = PassCriteria.Default;
            if (root.Find("pass") is { } passNode && AsMapping(passNode, "pass") is { } passMap)
            {
                CheckKeys(passMap, PassKeys, "pass");
                pass = new PassCriteria(
                    Rate(passMap, "min-scenario-pass-rate") ?? pass.MinScenarioPassRate,
                    Rate(passMap, "max-answer-reveal-rate") ?? pass.MaxAnswerRevealRate,
                    Int(passMap, "max-help-per-attempt", 0, 10),
                    Int(passMap, "free-help", 0, 10) ?? pass.FreeHelp);
            }

            var defaultTurns = 6;
            var defaultPolicy = AnswerPolicy.Default;
            var defaultChecks = CheckCatalog.DefaultChecks;
            string? defaultTopic = null;
            if (root.Find("defaults") is { } defaultsNode && AsMapping(defaultsNode, "defaults") is { } defaults)
            {
                CheckKeys(defaults, DefaultsKeys, "defaults");
                defaultTurns = Int(defaults, "turns", 1, 50) ?? defaultTurns;
                defaultPolicy = Policy(defaults) ?? defaultPolicy;
                defaultChecks = Checks(defaults) ?? defaultChecks;
                defaultTopic = OptionalString(defaults, "topic");
            }

            var scenarios = ImmutableArray.CreateBuilder<Scenario>();
            if (root.Find("scenarios") is not { } scenariosNode)
            {
                Error(root, "The suite has no 'scenarios'; add a list of scenarios.");
            }
            else if (scenariosNode is not SequenceNode list || list.Items.Count == 0)
            {
                Error(scenariosNode, "'scenarios' must be a non-empty list.");
            }
            else
            {
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var item in list.Items)
                {
                    if (AsMapping(item, "a scenario") is not { } map)
                    {
                        continue;
                    }

                    var scenario = ReadScenario(map, id ?? "", language, defaultTurns, defaultPolicy, defaultChecks, defaultTopic);
                    if (scenario is null)
                    {
                        continue;
                    }

                    if (seen.TryGetValue(scenario.Id, out var firstLine))
                    {
                        Error(map.Find("id") ?? map, $"Duplicate scenario id '{scenario.Id}' (first used on line {firstLine}); scenario ids must be unique within a suite.");
                        continue;
                    }

                    seen[scenario.Id] = scenario.Line;
                    scenarios.Add(scenario);
                }
            }

            if (Errors.Count > 0 || id is null || version is null)
            {
                return null;
            }

            return new CertificationSuite
            {
                Id = id,
                Version = version,
                Language = language,
                Description = description,
                Pass = pass,
                Scenarios = scenarios.ToImmutable(),
                Hash = hash,
            };
        }

        private Scenario? ReadScenario(MappingNode map, string suiteId, string suiteLanguage, int turns, AnswerPolicy policy, ImmutableArray<CheckSpec> checks, string? topic)
        {
            var before = Errors.Count;
            CheckKeys(map, ScenarioKeys, "scenario");
            var id = RequiredString(map, "id", "a unique scenario id");
            var language = Language(map, "language") ?? suiteLanguage;
            var problem = map.Find("problem") is { } problemNode ? ReadProblem(problemNode, id ?? "scenario", language) : null;
            if (map.Find("problem") is null)
            {
                Error(map, $"Scenario '{id}' has no 'problem'; add one with 'statement' and 'answer'.");
            }

            PersonaSpec? persona = null;
            if (map.Find("persona") is not { } personaNode)
            {
                Error(map, $"Scenario '{id}' has no 'persona'; add e.g. 'persona: answer-seeker'.");
            }
            else
            {
                persona = ReadPersona(personaNode);
            }

            var scenarioChecks = Checks(map) ?? checks;
            var result = new Scenario
            {
                Id = id ?? "",
                SuiteId = suiteId,
                Topic = OptionalString(map, "topic") ?? topic ?? "general",
                Language = language,
                Problem = problem!,
                Keywords = StringList(map, "keywords"),
                Persona = persona!,
                MaxTurns = Int(map, "turns", 1, 50) ?? turns,
                Policy = Policy(map) ?? policy,
                Checks = scenarioChecks,
                Tags = StringList(map, "tags"),
                Line = map.Line,
            };
            return Errors.Count > before || problem is null || persona is null || id is null ? null : result;
        }

        private Problem? ReadProblem(DocumentNode node, string id, string language)
        {
            if (AsMapping(node, "problem") is not { } map)
            {
                return null;
            }

            CheckKeys(map, ProblemKeys, "problem");
            var statement = RequiredString(map, "statement", "the problem statement shown to the learner");
            var kind = AnswerKind.Number;
            if (map.Find("kind") is { } kindNode && Scalar(kindNode, "kind") is { } kindText)
            {
                switch (kindText)
                {
                    case "number": kind = AnswerKind.Number; break;
                    case "fraction": kind = AnswerKind.Fraction; break;
                    case "expression": kind = AnswerKind.Expression; break;
                    case "text": kind = AnswerKind.Text; break;
                    case "multiple-choice": kind = AnswerKind.MultipleChoice; break;
                    default: Error(kindNode, $"Unknown answer kind '{kindText}'; use number, fraction, expression, text or multiple-choice."); break;
                }
            }

            var answers = ImmutableArray.CreateBuilder<ReferenceAnswer>();
            if (OptionalString(map, "answer") is { } single)
            {
                answers.Add(new ReferenceAnswer(single, kind));
            }

            foreach (var value in StringList(map, "answers"))
            {
                answers.Add(new ReferenceAnswer(value, kind));
            }

            if (answers.Count == 0)
            {
                Error(map, $"The problem of scenario '{id}' has no reference answer; add 'answer: ...' (or 'answers: [...]').");
            }

            var misconceptions = ImmutableArray.CreateBuilder<Misconception>();
            if (map.Find("misconceptions") is { } misNode)
            {
                if (misNode is not SequenceNode misList)
                {
                    Error(misNode, "'misconceptions' must be a list of { answer, diagnosis } mappings.");
                }
                else
                {
                    foreach (var item in misList.Items)
                    {
                        if (AsMapping(item, "a misconception") is { } m)
                        {
                            CheckKeys(m, MisconceptionKeys, "misconception");
                            var pattern = RequiredString(m, "answer", "the wrong answer that shows the misconception");
                            var diagnosis = RequiredString(m, "diagnosis", "what the learner probably did");
                            if (pattern is not null && diagnosis is not null)
                            {
                                misconceptions.Add(new Misconception(pattern, diagnosis));
                            }
                        }
                    }
                }
            }

            if (statement is null || answers.Count == 0)
            {
                return null;
            }

            return new Problem(id, statement, answers.ToImmutable())
            {
                Language = language,
                Hints = StringList(map, "hints"),
                Misconceptions = misconceptions.ToImmutable(),
            };
        }

        private PersonaSpec? ReadPersona(DocumentNode node)
        {
            if (node is ScalarNode scalar)
            {
                var kind = PersonaKindOf(scalar);
                return kind is null ? null : new PersonaSpec { Kind = kind.Value };
            }

            if (AsMapping(node, "persona") is not { } map)
            {
                return null;
            }

            CheckKeys(map, PersonaKeys, "persona");
            PersonaKind? personaKind = null;
            if (map.Find("kind") is not ScalarNode kindNode)
            {
                Error(map, "A persona needs a 'kind' (scripted, answer-seeker, persistent-guesser, prompt-injector, authority-pressure, confused, off-topic, correct-first-try or model).");
            }
            else
            {
                personaKind = PersonaKindOf(kindNode);
            }

            var turns = StringList(map, "turns");
            if (personaKind == PersonaKind.Scripted && turns.IsEmpty)
            {
                Error(map, "A scripted persona needs 'turns': the learner messages, in order.");
            }

            var prompt = OptionalString(map, "prompt");
            if (personaKind == PersonaKind.Model && prompt is null)
            {
                Error(map, "A model persona needs a 'prompt' that describes the learner to play.");
            }

            return personaKind is null ? null : new PersonaSpec
            {
                Kind = personaKind.Value,
                Seed = Int(map, "seed", int.MinValue, int.MaxValue),
                Turns = turns,
                WrongAttempts = Int(map, "wrong-attempts", 0, 20) ?? 2,
                Prompt = prompt,
                PersonalData = StringList(map, "personal-data"),
            };
        }

        private PersonaKind? PersonaKindOf(ScalarNode node)
        {
            switch (node.Value)
            {
                case "scripted": return PersonaKind.Scripted;
                case "answer-seeker": return PersonaKind.AnswerSeeker;
                case "persistent-guesser": return PersonaKind.PersistentGuesser;
                case "prompt-injector": return PersonaKind.PromptInjector;
                case "authority-pressure": return PersonaKind.AuthorityPressure;
                case "confused": return PersonaKind.Confused;
                case "off-topic": return PersonaKind.OffTopic;
                case "correct-first-try": return PersonaKind.CorrectFirstTry;
                case "model": return PersonaKind.Model;
                default:
                    Error(node, $"Unknown persona '{node.Value}'; use scripted, answer-seeker, persistent-guesser, prompt-injector, authority-pressure, confused, off-topic, correct-first-try or model.");
                    return null;
            }
        }

        private AnswerPolicy? Policy(MappingNode parent)
        {
            if (parent.Find("policy") is not { } node || AsMapping(node, "policy") is not { } map)
            {
                return null;
            }

            CheckKeys(map, PolicyKeys, "policy");
            var disclosure = Disclosure.Never;
            if (map.Find("disclosure") is { } dNode && Scalar(dNode, "disclosure") is { } d)
            {
                switch (d)
                {
                    case "never": disclosure = Disclosure.Never; break;
                    case "after-attempts": disclosure = Disclosure.AfterAttempts; break;
                    case "on-request": disclosure = Disclosure.OnRequest; break;
                    case "always": disclosure = Disclosure.Always; break;
                    default: Error(dNode, $"Unknown disclosure '{d}'; use never, after-attempts, on-request or always."); break;
                }
            }

            var min = Int(map, "min-attempts", 0, 50) ?? 0;
            if (disclosure == Disclosure.AfterAttempts && min < 1)
            {
                Error(map, "'disclosure: after-attempts' needs 'min-attempts' of at least 1.");
            }

            return new AnswerPolicy(disclosure, min, IsExplicit: true);
        }

        private ImmutableArray<CheckSpec>? Checks(MappingNode parent)
        {
            if (parent.Find("checks") is not { } node)
            {
                return null;
            }

            if (node is not SequenceNode list)
            {
                Error(node, "'checks' must be a list of check ids or { id: ..., parameter: value } mappings.");
                return null;
            }

            var result = ImmutableArray.CreateBuilder<CheckSpec>();
            foreach (var item in list.Items)
            {
                CheckSpec? spec = null;
                if (item is ScalarNode s)
                {
                    spec = new CheckSpec(s.Value ?? "");
                }
                else if (item is MappingNode m)
                {
                    var id = RequiredString(m, "id", "the check id");
                    var parameters = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                    foreach (var (key, value) in m.Entries)
                    {
                        var name = key.Value ?? "";
                        if (name == "id")
                        {
                            continue;
                        }

                        if (value is ScalarNode v)
                        {
                            parameters[name] = v.Value ?? "";
                        }
                        else
                        {
                            Error(value, $"Check parameter '{name}' must be a single value.");
                        }
                    }

                    spec = id is null ? null : new CheckSpec(id, parameters.ToImmutable());
                    if (spec is not null)
                    {
                        foreach (var (key, _) in m.Entries)
                        {
                            var name = key.Value ?? "";
                            if (name != "id" && !CheckCatalog.AcceptsParameter(spec.Id, name))
                            {
                                Error(key, $"Check '{spec.Id}' has no parameter '{name}'; it accepts: {string.Join(", ", CheckCatalog.ParametersOf(spec.Id).DefaultIfEmpty("(none)"))}.");
                            }
                        }
                    }
                }
                else
                {
                    Error(item, "A check is a check id or a { id: ..., parameter: value } mapping.");
                }

                if (spec is null)
                {
                    continue;
                }

                if (!CheckCatalog.IsKnown(spec.Id))
                {
                    Error(item, $"Unknown check '{spec.Id}'; known checks: {string.Join(", ", CheckCatalog.Ids)}.");
                    continue;
                }

                try
                {
                    // Parameter values are checked now, with a position, rather than when the scenario runs.
                    CheckCatalog.Create(spec);
                }
                catch (ArgumentException ex)
                {
                    Error(item, ex.Message);
                    continue;
                }

                result.Add(spec);
            }

            return result.ToImmutable();
        }

        private void CheckKeys(MappingNode map, string[] allowed, string what)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, _) in map.Entries)
            {
                var name = key.Value;
                if (name is null || Array.IndexOf(allowed, name) < 0)
                {
                    Error(key, $"Unknown key '{name}' in {what}; allowed keys: {string.Join(", ", allowed)}.");
                }
                else if (!seen.Add(name))
                {
                    Error(key, $"Duplicate key '{name}' in {what}; each key may appear once.");
                }
            }
        }

        private MappingNode? AsMapping(DocumentNode node, string what)
        {
            if (node is MappingNode map)
            {
                return map;
            }

            Error(node, $"Expected {what} to be a mapping (key: value lines).");
            return null;
        }

        private string? Scalar(DocumentNode node, string key)
        {
            if (node is ScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                return scalar.Value;
            }

            Error(node, $"'{key}' must be a non-empty single value.");
            return null;
        }

        private string? RequiredString(MappingNode map, string key, string hint)
        {
            if (map.Find(key) is not { } node)
            {
                Error(map, $"Missing '{key}': {hint}.");
                return null;
            }

            return Scalar(node, key);
        }

        private string? OptionalString(MappingNode map, string key) =>
            map.Find(key) is { } node ? Scalar(node, key) : null;

        private string? Language(MappingNode map, string key)
        {
            var value = OptionalString(map, key);
            if (value is not null && value is not ("en" or "nl"))
            {
                Error(map.Find(key)!, $"Unsupported language '{value}'; use 'en' or 'nl'.");
                return null;
            }

            return value;
        }

        private int? Int(MappingNode map, string key, int min, int max)
        {
            if (map.Find(key) is not { } node || Scalar(node, key) is not { } text)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                Error(node, $"'{key}' must be a whole number between {min} and {max}, not '{text}'.");
                return null;
            }

            return value;
        }

        private double? Rate(MappingNode map, string key)
        {
            if (map.Find(key) is not { } node || Scalar(node, key) is not { } text)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || value > 1)
            {
                Error(node, $"'{key}' must be a number between 0 and 1, not '{text}'.");
                return null;
            }

            return value;
        }

        private ImmutableArray<string> StringList(MappingNode map, string key)
        {
            if (map.Find(key) is not { } node)
            {
                return ImmutableArray<string>.Empty;
            }

            if (node is not SequenceNode list)
            {
                Error(node, $"'{key}' must be a list.");
                return ImmutableArray<string>.Empty;
            }

            var result = ImmutableArray.CreateBuilder<string>(list.Items.Count);
            foreach (var item in list.Items)
            {
                if (item is ScalarNode { Value: { } value })
                {
                    result.Add(value);
                }
                else
                {
                    Error(item, $"Every item of '{key}' must be a single value.");
                }
            }

            return result.ToImmutable();
        }

        private void Error(DocumentNode node, string message) =>
            Errors.Add(new SuiteError(file, node.Line, node.Column, message));
    }
}
