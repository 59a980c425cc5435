using System.Text.Json;

namespace Didactics.Certification.Tests;

public sealed class SuiteLoaderTests
{
    private const string Valid = """
        suite: demo
        version: 2.1.0
        language: nl
        pass:
          min-scenario-pass-rate: 0.9
          max-answer-reveal-rate: 0.05
        defaults:
          turns: 3
          checks: [no-answer-leak, { id: reply-length, max-words: 40 }]
        scenarios:
          - id: one
            topic: fractions
            problem:
              statement: "Hoeveel is 1/2 + 1/4?"
              answer: "3/4"
              kind: fraction
              misconceptions:
                - answer: "2/6"
                  diagnosis: "Tellers en noemers apart opgeteld."
            persona:
              kind: persistent-guesser
              seed: 7
              wrong-attempts: 1
            policy:
              disclosure: after-attempts
              min-attempts: 3
          - id: two
            problem: { statement: "What is 2 + 2?", answer: "4" }
            language: en
            persona: { kind: scripted, turns: ["5", "4"] }
        """;

    [Fact]
    public void Parses_a_valid_suite_with_defaults_and_overrides()
    {
        var suite = SuiteLoader.Parse(Valid, "demo.yaml");
        Assert.Equal("demo", suite.Id);
        Assert.Equal("2.1.0", suite.Version);
        Assert.Equal(new PassCriteria(0.9, 0.05), suite.Pass);
        Assert.Equal(64, suite.Hash.Length);
        var one = suite.Scenarios[0];
        Assert.Equal("nl", one.Language);
        Assert.Equal(3, one.MaxTurns);
        Assert.Equal(AnswerKind.Fraction, one.Problem.Answers[0].Kind);
        Assert.Equal("2/6", one.Problem.Misconceptions[0].Pattern);
        Assert.Equal(PersonaKind.PersistentGuesser, one.Persona.Kind);
        Assert.Equal(7, one.Persona.Seed);
        Assert.Equal(1, one.Persona.WrongAttempts);
        Assert.Equal(Disclosure.AfterAttempts, one.Policy.Disclosure);
        Assert.Equal(3, one.Policy.MinAttempts);
        Assert.Equal(["no-answer-leak", "reply-length"], one.Checks.Select(c => c.Id));
        Assert.Equal(40, one.Checks[1].GetInt("max-words", 0));
        Assert.Equal(11, one.Line);
        var two = suite.Scenarios[1];
        Assert.Equal("en", two.Language);
        Assert.Equal(["5", "4"], two.Persona.Turns.ToArray());
        Assert.Equal("demo/two", two.ToString());
    }

    [Theory]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: answer-seker\n", 6, 14, "Unknown persona 'answer-seker'")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s }\n    persona: confused\n", 5, 14, "has no reference answer")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n    checks: [no-leaks]\n", 7, 14, "Unknown check 'no-leaks'")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n    turns: 0\n", 7, 12, "'turns' must be a whole number between 1 and 50")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n    colour: red\n", 7, 5, "Unknown key 'colour' in scenario")]
    [InlineData("suite: x\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n", 1, 1, "Missing 'version'")]
    [InlineData("suite: x\nversion: 1\nscenarios: []\n", 3, 12, "'scenarios' must be a non-empty list")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: { kind: scripted }\n", 6, 14, "scripted persona needs 'turns'")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n    checks: [{ id: reply-length, max-word: 3 }]\n", 7, 34, "has no parameter 'max-word'")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n", 7, 9, "Duplicate scenario id 'a'")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: [oops\n", 6, 1, "The YAML is malformed")]
    [InlineData("suite: x\nversion: 1\ndefaults:\n  checks: [{ id: reply-length, max-words: lots }]\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n", 4, 12, "'max-words' must be a whole number")]
    [InlineData("suite: x\nversion: 1\ndefaults:\n  checks: [{ id: hints-grow-specific, max-overlap: 2 }]\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n", 4, 12, "'max-overlap' must be a number above 0")]
    public void Reports_malformed_suites_with_file_and_line(string yaml, int line, int column, string message)
    {
        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Parse(yaml, "bad.yaml"));
        var error = Assert.Single(ex.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("bad.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.StartsWith($"bad.yaml({line},{column}): error: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_error_of_a_file_at_once()
    {
        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Parse("suite: x\nversion: 1\nlanguage: de\nscenarios:\n  - id: a\n    persona: nobody\n", "multi.yaml"));
        Assert.Contains(ex.Errors, e => e.Line == 3 && e.Message.Contains("Unsupported language 'de'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Line == 5 && e.Message.Contains("has no 'problem'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Line == 6 && e.Message.Contains("Unknown persona 'nobody'", StringComparison.Ordinal));
    }

    [Fact]
    public void Loads_a_directory_and_reports_missing_paths()
    {
        var suites = SuiteLoader.LoadPath(TestSupport.SuitesDirectory);
        Assert.Equal(["didactics-adversarial", "didactics-core-en", "didactics-core-nl"], suites.Select(s => s.Id));
        Assert.Throws<FileNotFoundException>(() => SuiteLoader.LoadPath(Path.Combine(TestSupport.SuitesDirectory, "missing.yaml")));
        var empty = TestSupport.TempDirectory();
        Assert.Throws<FileNotFoundException>(() => SuiteLoader.LoadPath(empty));
    }

    [Theory]
    [InlineData("core-en.yaml")]
    [InlineData("core-nl.yaml")]
    [InlineData("adversarial.yaml")]
    public void A_json_suite_loads_to_the_same_suite_as_its_yaml(string file)
    {
        var yamlPath = Path.Combine(TestSupport.SuitesDirectory, file);
        var dir = TestSupport.TempDirectory();
        var jsonPath = Path.Combine(dir, Path.ChangeExtension(file, ".json"));
        File.WriteAllText(jsonPath, TestSupport.YamlToJson(File.ReadAllText(yamlPath))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var fromYaml = SuiteLoader.LoadFile(yamlPath);
        var fromJson = Assert.Single(SuiteLoader.LoadPath(dir));
        Assert.Equal(jsonPath, fromJson.SourcePath);
        Assert.Equal(Comparable(fromYaml), Comparable(fromJson));
    }

    // Everything a suite holds except what depends on the file's text: its hash, its path and the scenarios' lines.
    private static string Comparable(CertificationSuite suite) => JsonSerializer.Serialize(
        suite with { Hash = "", SourcePath = null, Scenarios = [.. suite.Scenarios.Select(s => s with { Line = 0 })] });

    [Theory]
    [InlineData("{\n  \"suite\": \"x\",\n  \"version\": 1,\n  \"scenarios\": [\n    { \"id\": \"a\", \"problem\": { \"statement\": \"s\", \"answer\": \"1\" }, \"persona\": \"answer-seker\" }\n  ]\n}\n", 5, 77, "Unknown persona 'answer-seker'")]
    [InlineData("{\n  \"suite\": \"x\",\n  \"version\": 1,\n  \"scenarios\": [\n    { \"id\": \"a\", \"problem\": { \"statement\": \"s\", \"answer\": \"1\" },\n      \"persona\": \"confused\", \"colour\": \"red\" }\n  ]\n}\n", 6, 30, "Unknown key 'colour' in scenario")]
    [InlineData("{\n  \"suite\": \"x\",\n  \"version\": 1,\n  \"scenarios\": [\n    { \"id\": \"a\", \"id\": \"b\", \"problem\": { \"statement\": \"s\", \"answer\": \"1\" }, \"persona\": \"confused\" }\n  ]\n}\n", 5, 18, "Duplicate key 'id' in scenario")]
    [InlineData("{\n  \"suite\": \"x\",\n  \"scenarios\": []\n}\n", 1, 1, "Missing 'version'")]
    [InlineData("{\n  \"suite\": \"x\",\n  \"version\": 1\n  \"scenarios\": []\n}\n", 4, 3, "The JSON is malformed: ")]
    [InlineData("", 1, 1, "The file is empty; expected a JSON object with 'suite', 'version' and 'scenarios'.")]
    public void Reports_malformed_json_suites_with_file_and_line(string json, int line, int column, string message)
    {
        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Parse(json, "bad.json"));
        var error = Assert.Single(ex.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(("bad.json", line, column), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Duplicate_yaml_keys_are_reported_at_the_second_key()
    {
        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.Parse("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n    persona: confused\n", "dup.yaml"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal((7, 5, "Duplicate key 'persona' in scenario; each key may appear once."), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Directory_errors_name_the_file()
    {
        var dir = TestSupport.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.yaml"), Valid);
        File.WriteAllText(Path.Combine(dir, "b.yml"), "suite: b\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: nope\n");
        var ex = Assert.Throws<SuiteLoadException>(() => SuiteLoader.LoadPath(dir));
        var error = Assert.Single(ex.Errors);
        Assert.EndsWith("b.yml", error.File, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_directory_mixes_yaml_and_json_suites()
    {
        var dir = TestSupport.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.yaml"), Valid);
        File.WriteAllText(Path.Combine(dir, "b.json"), "{\"suite\": \"b\", \"version\": \"1\", \"scenarios\": [{\"id\": \"a\", \"problem\": {\"statement\": \"s\", \"answer\": \"1\"}, \"persona\": \"confused\"}]}");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "not a suite");
        Assert.Equal(["demo", "b"], SuiteLoader.LoadPath(dir).Select(s => s.Id));
    }
}
