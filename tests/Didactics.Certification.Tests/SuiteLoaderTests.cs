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
}
